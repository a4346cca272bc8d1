import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A stale edit (409): the server kept the other person's change. Shows what is there now and
 * lets the user load it into the form (their own typing stays visible until they do).
 */
export function ConflictAlert({ current, onReload }: { current: ReactNode; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('errors.conflictTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('errors.conflictBody')}</Text>
        <div>{current}</div>
        <Button size="xs" variant="filled" color="orange" onClick={onReload}>
          {t('errors.reloadCurrent')}
        </Button>
      </Stack>
    </Alert>
  );
}
