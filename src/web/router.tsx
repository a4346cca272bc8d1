import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './components/app-layout';
import { NotFoundPage, PageLoader } from './components/page-state';
import { RequireAuth } from './components/require-auth';

// Every page is its own chunk: the first load carries only the shell.
const LoginPage = lazy(() => import('./features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const ConferencesPage = lazy(() =>
  import('./features/conferences/conferences-page').then((m) => ({ default: m.ConferencesPage })),
);
const ConferenceOverviewPage = lazy(() =>
  import('./features/conferences/conference-overview-page').then((m) => ({
    default: m.ConferenceOverviewPage,
  })),
);
const PlanEditPage = lazy(() =>
  import('./features/plan/plan-edit-page').then((m) => ({ default: m.PlanEditPage })),
);
const UnitsPage = lazy(() => import('./features/units/units-page').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => import('./features/users/users-page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./features/audit/audit-page').then((m) => ({ default: m.AuditPage })));

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
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/conferences" replace /> },
          { path: 'conferences', element: <ConferencesPage /> },
          { path: 'conferences/:conferenceId', element: <ConferenceOverviewPage /> },
          { path: 'conferences/:conferenceId/plan', element: <PlanEditPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
