import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage, PageLoader } from './components/page-state';
import { loadAppLayout, RequireAuth } from './components/require-auth';

// Every page is its own chunk, and so is the signed-in layout (menus, account menu, language
// switch): the first load carries only the router, the theme and the catalog.
const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));
const LoginPage = lazy(() => import('./features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const ConferencesPage = lazy(() =>
  import('./features/conferences/conferences-page').then((m) => ({ default: m.ConferencesPage })),
);
const ConferenceOverviewPage = lazy(() =>
  import('./features/conferences/conference-overview-page').then((m) => ({
    default: m.ConferenceOverviewPage,
  })),
);
// Bảng điều khiển (secretary, chair): its own chunk, so the charts never weigh on the first load.
const DashboardPage = lazy(() =>
  import('./features/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const PlanEditPage = lazy(() =>
  import('./features/plan/plan-edit-page').then((m) => ({ default: m.PlanEditPage })),
);
const UnitsPage = lazy(() => import('./features/units/units-page').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => import('./features/users/users-page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
// Đề nghị vinh danh (step 2 of the lifecycle).
const NominationsPage = lazy(() =>
  import('./features/nominations/nominations-page').then((m) => ({ default: m.NominationsPage })),
);
const NominationDetailPage = lazy(() =>
  import('./features/nominations/nomination-detail-page').then((m) => ({ default: m.NominationDetailPage })),
);
const NewNominationPage = lazy(() =>
  import('./features/nominations/nomination-form-page').then((m) => ({ default: m.NewNominationPage })),
);
const EditNominationPage = lazy(() =>
  import('./features/nominations/nomination-form-page').then((m) => ({ default: m.EditNominationPage })),
);
const UnitWorkspacePage = lazy(() =>
  import('./features/nominations/unit-workspace-page').then((m) => ({ default: m.UnitWorkspacePage })),
);
const ImportPage = lazy(() =>
  import('./features/nominations/import-page').then((m) => ({ default: m.ImportPage })),
);
const UnitReportPage = lazy(() =>
  import('./features/reports/unit-report-page').then((m) => ({ default: m.UnitReportPage })),
);
const SubmissionsPage = lazy(() =>
  import('./features/quotas/submissions-page').then((m) => ({ default: m.SubmissionsPage })),
);
const QuotaGridPage = lazy(() =>
  import('./features/quotas/quota-grid-page').then((m) => ({ default: m.QuotaGridPage })),
);
const AwardFormsPage = lazy(() =>
  import('./features/award-forms/award-forms-page').then((m) => ({ default: m.AwardFormsPage })),
);

// Xét duyệt (step 3): council meetings, secret ballots, results, speeches, the delegation.
const ReviewHubPage = lazy(() =>
  import('./features/review/review-hub-page').then((m) => ({ default: m.ReviewHubPage })),
);
const MeetingPage = lazy(() =>
  import('./features/review/meeting-page').then((m) => ({ default: m.MeetingPage })),
);
const VotePage = lazy(() => import('./features/review/vote-page').then((m) => ({ default: m.VotePage })));
const BallotPage = lazy(() =>
  import('./features/review/ballot-page').then((m) => ({ default: m.BallotPage })),
);
const BallotPresentPage = lazy(() =>
  import('./features/review/ballot-page').then((m) => ({ default: m.BallotPresentPage })),
);
const MinutesPage = lazy(() =>
  import('./features/review/minutes-page').then((m) => ({ default: m.MinutesPage })),
);
const CouncilPage = lazy(() =>
  import('./features/review/council-page').then((m) => ({ default: m.CouncilPage })),
);
const HonoreesPage = lazy(() =>
  import('./features/selection/honorees-page').then((m) => ({ default: m.HonoreesPage })),
);
const HonoreesPrintPage = lazy(() =>
  import('./features/selection/honorees-print-page').then((m) => ({ default: m.HonoreesPrintPage })),
);
const SpeechesPage = lazy(() =>
  import('./features/selection/speeches-page').then((m) => ({ default: m.SpeechesPage })),
);
const DelegationPage = lazy(() =>
  import('./features/selection/delegation-page').then((m) => ({ default: m.DelegationPage })),
);

// Đại biểu, giấy mời, đón tiếp: the secretary's list; the reception phones.
const DelegatesPage = lazy(() =>
  import('./features/delegates/delegates-page').then((m) => ({ default: m.DelegatesPage })),
);
const ReceptionPage = lazy(() =>
  import('./features/delegates/reception-page').then((m) => ({ default: m.ReceptionPage })),
);
const NotArrivedPage = lazy(() =>
  import('./features/delegates/not-arrived-page').then((m) => ({ default: m.NotArrivedPage })),
);
const CheckinTokenPage = lazy(() =>
  import('./features/delegates/checkin-token-page').then((m) => ({ default: m.CheckinTokenPage })),
);

// Chuẩn bị: công việc và danh mục hậu cần, dự trù kinh phí.
const TasksPage = lazy(() =>
  import('./features/preparation/tasks-page').then((m) => ({ default: m.TasksPage })),
);
const BudgetPage = lazy(() =>
  import('./features/budget/budget-page').then((m) => ({ default: m.BudgetPage })),
);

// Giấy khen: design / pre-printed blank, printer calibration, batch download.
const CertificatesPage = lazy(() =>
  import('./features/certificates/certificates-page').then((m) => ({ default: m.CertificatesPage })),
);

// Văn bản (step 6): generated documents, issuing and the register.
const DocumentsPage = lazy(() =>
  import('./features/documents/documents-page').then((m) => ({ default: m.DocumentsPage })),
);

// Chương trình hội nghị: agenda builder, performances, MC script; the run of show to project.
const ProgramPage = lazy(() =>
  import('./features/program/program-page').then((m) => ({ default: m.ProgramPage })),
);
const RunPage = lazy(() => import('./features/program/run-page').then((m) => ({ default: m.RunPage })));

export const router = createBrowserRouter([
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
        element: (
          <Suspense fallback={<PageLoader />}>
            <AppLayout />
          </Suspense>
        ),
        children: [
          { index: true, element: <Navigate to="/conferences" replace /> },
          { path: 'conferences', element: <ConferencesPage /> },
          { path: 'conferences/:conferenceId', element: <ConferenceOverviewPage /> },
          { path: 'conferences/:conferenceId/dashboard', element: <DashboardPage /> },
          { path: 'conferences/:conferenceId/plan', element: <PlanEditPage /> },
          { path: 'conferences/:conferenceId/nominations', element: <NominationsPage /> },
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
          { path: 'conferences/:conferenceId/certificates', element: <CertificatesPage /> },
          { path: 'conferences/:conferenceId/tasks', element: <TasksPage /> },
          { path: 'conferences/:conferenceId/budget', element: <BudgetPage /> },
          { path: 'conferences/:conferenceId/program', element: <ProgramPage /> },
          { path: 'conferences/:conferenceId/reception', element: <ReceptionPage /> },
          { path: 'conferences/:conferenceId/reception/not-arrived', element: <NotArrivedPage /> },
          // What a phone opens from the invitation's QR code.
          { path: 'checkin/:token', element: <CheckinTokenPage /> },
          { path: 'council', element: <CouncilPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
