import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { setUnauthenticatedHandler } from './lib/api';
import { initI18n } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { ME_KEY } from './lib/session';
import { router } from './router';
import { cssVariablesResolver, localizedTheme } from './theme';

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
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
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
