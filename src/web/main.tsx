import './mantine-first.css';
import './app.css';
import 'dayjs/locale/vi';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { setUnauthenticatedHandler } from './lib/api';
import { initI18n } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { ME_KEY } from './lib/session';
import { configureZodJitless } from './lib/zod-jitless';
import { preloadRoute, router } from './router';
import { cssVariablesResolver, localizedTheme } from './theme';

// Notices (Mantine's notifications and their transitions) are their own chunk, fetched when the
// first notice is shown: a page that shows none never loads it. Their store (a few hundred bytes)
// is here, one for the app, so a notice shown before the chunk arrives waits in it.
const AppNotifications = lazy(() =>
  import('./components/app-notifications').then((m) => ({ default: m.AppNotifications })),
);

function NoticesWhenNeeded() {
  const { notifications, queue } = useNotifications();
  const needed = useRef(false);
  if (notifications.length + queue.length > 0) needed.current = true;
  return needed.current ? (
    <Suspense fallback={null}>
      <AppNotifications />
    </Suspense>
  ) : null;
}

// Đón tiếp ngoại tuyến: the service worker (vite.config.ts, VitePWA) keeps the app shell for a
// reception phone that loses the network. Production builds only; no library needed to register.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  });
}

// Before any page loads zod: no `new Function` probe against the site's own CSP.
configureZodJitless();

// A request that finds the session gone sends the user back to the login page.
setUnauthenticatedHandler(() => queryClient.setQueryData(ME_KEY, null));

/** Mantine with the app's theme; the names of its icon-only controls follow the language. */
function App() {
  const { t } = useTranslation();
  const theme = useMemo(
    () => localizedTheme({ close: t('common.close'), showPassword: t('account.showPassword') }),
    [t],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* Dates in Vietnamese, weeks from Monday; typed and shown as dd/mm/yyyy (components/date-field). */}
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        <NoticesWhenNeeded />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing in index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The page at the address (and the signed-in layout) start loading now, while the catalog is set up
// and the session is checked.
preloadRoute(window.location.pathname);
void initI18n().then(render);
