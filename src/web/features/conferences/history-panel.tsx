import { Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../components/page-state';
import { formatDateTime, truncate } from '../../lib/format';
import { AuditChanges, useActionLabel } from '../audit/audit-changes';
import { entityName } from '../audit/audit-diff';
import { useAudit } from './queries';

const SHOWN = 15;

/** Lịch sử thay đổi: who changed what in this conference, newest first. */
export function HistoryPanel({
  organizationId,
  conferenceId,
}: {
  organizationId: string;
  conferenceId: string;
}) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const { data, isLoading, error, refetch } = useAudit(organizationId, { conferenceId, limit: SHOWN + 1 });
  if (isLoading) return <PageLoader />;
  if (error || !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  // The server keeps the conference of each change; its creation is not news here.
  const entries = data.items.filter((e) => e.action !== 'conference.created').slice(0, SHOWN);
  if (entries.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('overview.historyEmpty')}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="history-panel">
      {entries.map((e, i) => {
        const subject = entityName(e.after ?? e.before);
        return (
          <Fragment key={e.id}>
            {i > 0 && <Divider />}
            <Stack gap={4}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={700}>
                  {actionLabel(e.action)}
                </Text>
                <Text size="sm">· {e.actorName}</Text>
                <Text size="xs" c="dimmed">
                  · {formatDateTime(e.at)}
                </Text>
              </Group>
              {subject && e.entityType === 'milestone' && (
                <Text size="xs" c="dimmed">
                  {truncate(subject, 100)}
                </Text>
              )}
              <AuditChanges entry={e} />
            </Stack>
          </Fragment>
        );
      })}
    </Stack>
  );
}
