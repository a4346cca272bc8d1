import { lazy, Suspense } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router';
import { NotFoundPage, PageLoader } from './components/page-state';
import { loadAppLayout, RequireAuth } from './components/require-auth';
import { unitWorkspaceReads } from './features/nominations/reads';
import { organizationsQuery } from './lib/current-org';
import { page, preloadOf } from './lib/lazy-page';
import { queryClient } from './lib/query-client';
import { meQuery } from './lib/session';

// Every page is its own chunk, and so is the signed-in layout (menus, account menu, language
// switch): the first load carries only the router, the theme and the catalog.
const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));
const LoginPage = page(
  () => import('./features/auth/login-page'),
  (m) => m.LoginPage,
);
const ConferencesPage = page(
  () => import('./features/conferences/conferences-page'),
  (m) => m.ConferencesPage,
);
const ConferenceOverviewPage = page(
  () => import('./features/conferences/conference-overview-page'),
  (m) => m.ConferenceOverviewPage,
);
// Bảng điều khiển (secretary, chair): its own chunk, so the charts never weigh on the first load.
const DashboardPage = page(
  () => import('./features/dashboard/dashboard-page'),
  (m) => m.DashboardPage,
);
const PlanEditPage = page(
  () => import('./features/plan/plan-edit-page'),
  (m) => m.PlanEditPage,
);
// Phản ánh, kiến nghị (the units' channel to the office).
const ThreadsPage = page(
  () => import('./features/threads/threads-page'),
  (m) => m.ThreadsPage,
);
const ThreadPage = page(
  () => import('./features/threads/thread-page'),
  (m) => m.ThreadPage,
);
const UnitsPage = page(
  () => import('./features/units/units-page'),
  (m) => m.UnitsPage,
);
const UsersPage = page(
  () => import('./features/users/users-page'),
  (m) => m.UsersPage,
);
// Điều kiện xét khen thưởng (the organizer's dated rules).
const EligibilityRulesPage = page(
  () => import('./features/eligibility/rules-page'),
  (m) => m.RulesPage,
);
const AuditPage = page(
  () => import('./features/audit/audit-page'),
  (m) => m.AuditPage,
);
// Sổ khen thưởng: lookup, a person's page, the import of earlier decisions, duplicates, forms.
const HonoursRegisterPage = page(
  () => import('./features/honours/register-page'),
  (m) => m.HonoursRegisterPage,
);
const HonourSubjectPage = page(
  () => import('./features/honours/subject-page'),
  (m) => m.SubjectPage,
);
const HonoursImportPage = page(
  () => import('./features/honours/import-page'),
  (m) => m.HonoursImportPage,
);
const HonourDuplicatesPage = page(
  () => import('./features/honours/duplicates-page'),
  (m) => m.DuplicatesPage,
);
const HonourFormsPage = page(
  () => import('./features/honours/forms-page'),
  (m) => m.HonourFormsPage,
);
// Đề nghị vinh danh (step 2 of the lifecycle).
const NominationsPage = page(
  () => import('./features/nominations/nominations-page'),
  (m) => m.NominationsPage,
);
const NominationDetailPage = page(
  () => import('./features/nominations/nomination-detail-page'),
  (m) => m.NominationDetailPage,
);
const NewNominationPage = page(
  () => import('./features/nominations/nomination-form-page'),
  (m) => m.NewNominationPage,
);
const EditNominationPage = page(
  () => import('./features/nominations/nomination-form-page'),
  (m) => m.EditNominationPage,
);
// A TDP head's home, opened from a link on a phone: its reads start with the app.
const UnitWorkspacePage = page(
  () => import('./features/nominations/unit-workspace-page'),
  (m) => m.UnitWorkspacePage,
  (p) => unitWorkspaceReads(p.conferenceId ?? '', p.unitId ?? ''),
);
const ImportPage = page(
  () => import('./features/nominations/import-page'),
  (m) => m.ImportPage,
);
const UnitReportPage = page(
  () => import('./features/reports/unit-report-page'),
  (m) => m.UnitReportPage,
);
const SubmissionsPage = page(
  () => import('./features/quotas/submissions-page'),
  (m) => m.SubmissionsPage,
);
const QuotaGridPage = page(
  () => import('./features/quotas/quota-grid-page'),
  (m) => m.QuotaGridPage,
);
const AwardFormsPage = page(
  () => import('./features/award-forms/award-forms-page'),
  (m) => m.AwardFormsPage,
);

// Xét duyệt (step 3): council meetings, secret ballots, results, speeches, the delegation.
const ReviewHubPage = page(
  () => import('./features/review/review-hub-page'),
  (m) => m.ReviewHubPage,
);
const MeetingPage = page(
  () => import('./features/review/meeting-page'),
  (m) => m.MeetingPage,
);
const VotePage = page(
  () => import('./features/review/vote-page'),
  (m) => m.VotePage,
);
const BallotPage = page(
  () => import('./features/review/ballot-page'),
  (m) => m.BallotPage,
);
const BallotPresentPage = page(
  () => import('./features/review/ballot-page'),
  (m) => m.BallotPresentPage,
);
const MinutesPage = page(
  () => import('./features/review/minutes-page'),
  (m) => m.MinutesPage,
);
const CouncilPage = page(
  () => import('./features/review/council-page'),
  (m) => m.CouncilPage,
);
const HonoreesPage = page(
  () => import('./features/selection/honorees-page'),
  (m) => m.HonoreesPage,
);
const HonoreesPrintPage = page(
  () => import('./features/selection/honorees-print-page'),
  (m) => m.HonoreesPrintPage,
);
const SpeechesPage = page(
  () => import('./features/selection/speeches-page'),
  (m) => m.SpeechesPage,
);
const DelegationPage = page(
  () => import('./features/selection/delegation-page'),
  (m) => m.DelegationPage,
);
const UpwardInboxPage = page(
  () => import('./features/upward/inbox-page'),
  (m) => m.UpwardInboxPage,
);

// Đại biểu, giấy mời, đón tiếp: the secretary's list; the reception phones.
const DelegatesPage = page(
  () => import('./features/delegates/delegates-page'),
  (m) => m.DelegatesPage,
);
const ReceptionPage = page(
  () => import('./features/delegates/reception-page'),
  (m) => m.ReceptionPage,
);
const NotArrivedPage = page(
  () => import('./features/delegates/not-arrived-page'),
  (m) => m.NotArrivedPage,
);
const CheckinTokenPage = page(
  () => import('./features/delegates/checkin-token-page'),
  (m) => m.CheckinTokenPage,
);

// Chuẩn bị: công việc và danh mục hậu cần, dự trù kinh phí.
const TasksPage = page(
  () => import('./features/preparation/tasks-page'),
  (m) => m.TasksPage,
);
const BudgetPage = page(
  () => import('./features/budget/budget-page'),
  (m) => m.BudgetPage,
);

// Giấy khen: design / pre-printed blank, printer calibration, batch download.
const CertificatesPage = page(
  () => import('./features/certificates/certificates-page'),
  (m) => m.CertificatesPage,
);

// Văn bản (step 6): generated documents, issuing and the register.
const DocumentsPage = page(
  () => import('./features/documents/documents-page'),
  (m) => m.DocumentsPage,
);

// Chương trình hội nghị: agenda builder, performances, MC script; the run of show to project.
const ProgramPage = page(
  () => import('./features/program/program-page'),
  (m) => m.ProgramPage,
);
const RunPage = page(
  () => import('./features/program/run-page'),
  (m) => m.RunPage,
);

// Bảng vinh danh (the culture officer's page) and the hall's slideshow (projected, full screen).
const BoardPage = page(
  () => import('./features/board/board-page'),
  (m) => m.BoardPage,
);
const SlideshowPage = page(
  () => import('./features/board/slideshow-page'),
  (m) => m.SlideshowPage,
);

// Phong trào thi đua (đăng ký, kết quả) and Thống kê thi đua, khen thưởng (biểu mẫu Bộ Nội vụ).
const MovementsPage = page(
  () => import('./features/movements/movements-page'),
  (m) => m.MovementsPage,
);
const MovementDetailPage = page(
  () => import('./features/movements/movement-detail-page'),
  (m) => m.MovementDetailPage,
);
// Công khai: thư viện ảnh, album (triển lãm ảnh), tin bài — the culture officer's pages.
const MediaPage = page(
  () => import('./features/publicity/media-page'),
  (m) => m.MediaPage,
);
const AlbumsPage = page(
  () => import('./features/publicity/albums-page'),
  (m) => m.AlbumsPage,
);
const ArticlesPage = page(
  () => import('./features/publicity/articles-page'),
  (m) => m.ArticlesPage,
);
const ArticleEditPage = page(
  () => import('./features/publicity/article-edit-page'),
  (m) => m.ArticleEditPage,
);
// Công khai danh sách đề nghị khen thưởng (public notice) and the comments sent on it.
const NoticePage = page(
  () => import('./features/public-notice/notice-page'),
  (m) => m.NoticePage,
);
// Báo cáo tổng kết: edited section by section beside the compiled drafts and figures.
const SummaryReportPage = page(
  () => import('./features/summary-report/summary-report-page'),
  (m) => m.SummaryReportPage,
);
// Thông báo: the inbox and the user's notification settings.
const InboxPage = page(
  () => import('./features/notifications/inbox-page'),
  (m) => m.InboxPage,
);
const NotificationPreferencesPage = page(
  () => import('./features/notifications/preferences-page'),
  (m) => m.NotificationPreferencesPage,
);
const StatisticsPage = page(
  () => import('./features/statistics/statistics-page'),
  (m) => m.StatisticsPage,
);

const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoader />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    element: <RequireAuth />,
    children: [
      {
        // Trình chiếu: the projected ballot, full screen, without the app's menus.
        path: 'conferences/:conferenceId/review/meetings/:meetingId/ballots/:ballotId/present',
        element: (
          <Suspense fallback={<PageLoader />}>
            <BallotPresentPage />
          </Suspense>
        ),
      },
      {
        // Điều hành chương trình: projected, full screen, without the app's menus.
        path: 'conferences/:conferenceId/program/run',
        element: (
          <Suspense fallback={<PageLoader />}>
            <RunPage />
          </Suspense>
        ),
      },
      {
        // Trình chiếu tại hội trường: the movement's photos and the honour groups, full screen.
        path: 'conferences/:conferenceId/slideshow',
        element: (
          <Suspense fallback={<PageLoader />}>
            <SlideshowPage />
          </Suspense>
        ),
      },
      {
        element: (
          <Suspense fallback={<PageLoader />}>
            <AppLayout />
          </Suspense>
        ),
        children: [
          { index: true, element: <Navigate to="/conferences" replace /> },
          { path: 'conferences', element: <ConferencesPage /> },
          { path: 'threads', element: <ThreadsPage /> },
          { path: 'threads/:threadId', element: <ThreadPage /> },
          { path: 'conferences/:conferenceId', element: <ConferenceOverviewPage /> },
          { path: 'conferences/:conferenceId/dashboard', element: <DashboardPage /> },
          { path: 'conferences/:conferenceId/plan', element: <PlanEditPage /> },
          { path: 'conferences/:conferenceId/nominations', element: <NominationsPage /> },
          { path: 'conferences/:conferenceId/upward-inbox', element: <UpwardInboxPage /> },
          { path: 'conferences/:conferenceId/nominations/:nominationId', element: <NominationDetailPage /> },
          {
            path: 'conferences/:conferenceId/nominations/:nominationId/edit',
            element: <EditNominationPage />,
          },
          { path: 'conferences/:conferenceId/units/:unitId', element: <UnitWorkspacePage /> },
          { path: 'conferences/:conferenceId/units/:unitId/nominations/new', element: <NewNominationPage /> },
          { path: 'conferences/:conferenceId/units/:unitId/import', element: <ImportPage /> },
          { path: 'conferences/:conferenceId/units/:unitId/report', element: <UnitReportPage /> },
          { path: 'conferences/:conferenceId/submissions', element: <SubmissionsPage /> },
          { path: 'conferences/:conferenceId/quotas', element: <QuotaGridPage /> },
          { path: 'conferences/:conferenceId/award-forms', element: <AwardFormsPage /> },
          { path: 'conferences/:conferenceId/review', element: <ReviewHubPage /> },
          { path: 'conferences/:conferenceId/review/meetings/:meetingId', element: <MeetingPage /> },
          { path: 'conferences/:conferenceId/review/meetings/:meetingId/minutes', element: <MinutesPage /> },
          {
            path: 'conferences/:conferenceId/review/meetings/:meetingId/ballots/:ballotId',
            element: <BallotPage />,
          },
          {
            path: 'conferences/:conferenceId/review/meetings/:meetingId/ballots/:ballotId/vote',
            element: <VotePage />,
          },
          { path: 'conferences/:conferenceId/honorees', element: <HonoreesPage /> },
          { path: 'conferences/:conferenceId/honorees/print', element: <HonoreesPrintPage /> },
          { path: 'conferences/:conferenceId/speeches', element: <SpeechesPage /> },
          { path: 'conferences/:conferenceId/delegation', element: <DelegationPage /> },
          { path: 'conferences/:conferenceId/delegates', element: <DelegatesPage /> },
          { path: 'conferences/:conferenceId/documents', element: <DocumentsPage /> },
          { path: 'conferences/:conferenceId/notice', element: <NoticePage /> },
          { path: 'conferences/:conferenceId/summary-report', element: <SummaryReportPage /> },
          { path: 'conferences/:conferenceId/certificates', element: <CertificatesPage /> },
          { path: 'conferences/:conferenceId/board', element: <BoardPage /> },
          { path: 'conferences/:conferenceId/tasks', element: <TasksPage /> },
          { path: 'conferences/:conferenceId/budget', element: <BudgetPage /> },
          { path: 'conferences/:conferenceId/program', element: <ProgramPage /> },
          { path: 'conferences/:conferenceId/reception', element: <ReceptionPage /> },
          { path: 'conferences/:conferenceId/reception/not-arrived', element: <NotArrivedPage /> },
          // What a phone opens from the invitation's QR code.
          { path: 'checkin/:token', element: <CheckinTokenPage /> },
          { path: 'notifications', element: <InboxPage /> },
          { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
          { path: 'council', element: <CouncilPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'honours', element: <HonoursRegisterPage /> },
          { path: 'honours/subjects/:subjectId', element: <HonourSubjectPage /> },
          { path: 'honours/import', element: <HonoursImportPage /> },
          { path: 'honours/duplicates', element: <HonourDuplicatesPage /> },
          { path: 'honours/forms', element: <HonourFormsPage /> },
          { path: 'movements', element: <MovementsPage /> },
          { path: 'movements/:movementId', element: <MovementDetailPage /> },
          { path: 'statistics', element: <StatisticsPage /> },
          { path: 'publicity/media', element: <MediaPage /> },
          { path: 'publicity/albums', element: <AlbumsPage /> },
          { path: 'publicity/articles', element: <ArticlesPage /> },
          { path: 'publicity/articles/:articleId', element: <ArticleEditPage /> },
          { path: 'honours/rules', element: <EligibilityRulesPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);

/**
 * Fetches now what the page at `pathname` needs: behind the login, the session and the user's
 * organizers first (the answers everything waits for), then the signed-in layout's chunk; the
 * page's chunk and, where its route names them, its reads. Called once at start-up (main.tsx), so
 * they load alongside each other instead of one after another — on a phone at 400 kbps / 400 ms
 * this took the unit workspace from 12.5 s to 8 s (bench slow_first_load_s, with vite-chunks.ts).
 */
export function preloadRoute(pathname: string): void {
  const matches = matchRoutes(routes, pathname) ?? [];
  if (matches.some((m) => (m.route.element as { type?: unknown } | undefined)?.type === RequireAuth)) {
    void queryClient.prefetchQuery(meQuery);
    void queryClient.prefetchQuery(organizationsQuery);
    void loadAppLayout();
  }
  for (const m of matches) preloadOf(m.route.element)?.(m.params);
}
