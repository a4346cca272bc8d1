import { Navigate, Outlet, useLocation } from 'react-router';
import { CurrentOrgProvider } from '../lib/current-org';
import { useMe } from '../lib/session';
import { ErrorState, PageLoader } from './page-state';

/** Pages behind the login: without a session, go to /login and come back afterwards. */
export function RequireAuth() {
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
