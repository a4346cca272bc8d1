import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/vi';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppNotifications } from './components/app-notifications';
import { setUnauthenticatedHandler } from './lib/api';
import { initI18n } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { ME_KEY } from './lib/session';
import { router } from './router';
import { theme } from './theme';

// A request that finds the session gone sends the user back to the login page.
setUnauthenticatedHandler(() => queryClient.setQueryData(ME_KEY, null));

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing in index.html');
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {/* Dates in Vietnamese, weeks from Monday; typed and shown as dd/mm/yyyy (components/date-field). */}
        <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
          <AppNotifications />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void initI18n().then(render);
