import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncNotice } from './offline-sync';

/** Always visible on the reception page: Trực tuyến / Ngoại tuyến, and the check-ins waiting to sync. */
export function ConnectionIndicator({ online, pending }: { online: boolean; pending: number }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid="connection-indicator" data-state={online ? 'online' : 'offline'}>
      <Badge color={online ? 'green' : 'red'} variant="filled" tt="none" size="lg">
        {online ? t('del.reception.onlineMode') : t('del.reception.offlineMode')}
      </Badge>
      {pending > 0 && (
        <Badge color="orange.9" variant="light" tt="none" size="lg" data-testid="pending-count">
          {t('del.reception.pending', { n: pending })}
        </Badge>
      )}
    </Group>
  );
}

const NOTICE_COLORS = { refused: 'red.8', already_checked_in: 'blue.8', not_undone: 'orange.9' } as const;

/** What the server answered to queued check-ins that did not go as shown on the phone. */
export function SyncNotices({ notices, onDismiss }: { notices: SyncNotice[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <Alert color="orange" title={t('del.reception.syncResults')} data-testid="sync-notices">
      <Stack gap={4}>
        {notices.map((n) => (
          <Text
            key={n.clientId}
            c={NOTICE_COLORS[n.status as keyof typeof NOTICE_COLORS] ?? 'dark'}
            fw={600}
            data-status={n.status}
          >
            {n.text}
          </Text>
        ))}
        <Button variant="subtle" size="xs" onClick={onDismiss}>
          {t('common.close')}
        </Button>
      </Stack>
    </Alert>
  );
}
