import './mantine-first.css';
import './app.css';
import 'dayjs/locale/vi';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { setUnauthenticatedHandler } from './lib/api';
import { initI18n } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { ME_KEY } from './lib/session';
import { configureZodJitless } from './lib/zod-jitless';
import { router } from './router';
import { cssVariablesResolver, localizedTheme } from './theme';

// Notices (Mantine's notifications and their transitions) are their own chunk: nothing shows one
// before a page has loaded, and the store they read is shared with the pages that call show().
const AppNotifications = lazy(() =>
  import('./components/app-notifications').then((m) => ({ default: m.AppNotifications })),
);

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
        <Suspense fallback={null}>
          <AppNotifications />
        </Suspense>
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

void initI18n().then(render);
