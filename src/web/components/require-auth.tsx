import { Navigate, Outlet, useLocation } from 'react-router';
import { CurrentOrgProvider } from '../lib/current-org';
import { useMe } from '../lib/session';
import { ErrorState, PageLoader } from './page-state';

let layoutChunk: Promise<typeof import('./app-layout')> | undefined;

/** The signed-in layout's chunk, fetched once (router.tsx renders it lazily). */
export function loadAppLayout(): Promise<typeof import('./app-layout')> {
  layoutChunk ??= import('./app-layout');
  return layoutChunk;
}

/** Pages behind the login: without a session, go to /login and come back afterwards. */
export function RequireAuth() {
  // A page behind the login was asked for: fetch the layout while /api/auth/me is answered.
  void loadAppLayout();
  const { data: me, isLoading, error, refetch } = useMe();
  const location = useLocation();
  if (isLoading) return <PageLoader />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <CurrentOrgProvider>
      <Outlet />
    </CurrentOrgProvider>
  );
}
