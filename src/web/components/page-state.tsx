import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../lib/api';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" aria-busy="true">
      <Stack align="center" gap="xs">
        <Loader />
        <Text c="dimmed" size="sm">
          {t('app.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

/** Only a network failure or a server error (5xx) may go away by asking again. */
export const isRetryable = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status >= 500;

/** 403: the account lacks the right for this page — who grants it, and a way back (never "Thử lại"). */
export function ForbiddenState() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('errors.forbiddenTitle')} role="alert" data-testid="forbidden">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('errors.forbiddenPage')}</Text>
        <Text size="sm">{t('errors.forbiddenWho')}</Text>
        <Button component={Link} to="/conferences" variant="light" size="sm">
          {t('errors.backToConferences')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * A failed load, with the server's Vietnamese message: "Thử lại" only when asking again may help
 * (network, 5xx); a 403 says who grants the right, a 404 leads back to the conference list.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) return <ForbiddenState />;
  const notFound = error instanceof ApiError && error.status === 404;
  const message =
    error instanceof ApiError ? (notFound ? t('errors.notFound') : error.message) : t('errors.generic');
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && isRetryable(error) && (
          <Button variant="light" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
        {notFound && (
          <Button component={Link} to="/conferences" variant="light" size="xs">
            {t('errors.backToConferences')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Alert color="gray" title="404">
        {t('errors.notFound')}
      </Alert>
      <Button component={Link} to="/conferences" variant="light">
        {t('nav.conferences')}
      </Button>
    </Stack>
  );
}
