import { Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../components/page-state';
import { formatDateTime } from '../../lib/format';
import { AuditLines, useAuditWords } from '../audit/audit-lines';
import { useAudit } from './queries';

const SHOWN = 15;

/** Lịch sử thay đổi: who changed what in this conference, newest first, in words. */
export function HistoryPanel({
  organizationId,
  conferenceId,
}: {
  organizationId: string;
  conferenceId: string;
}) {
  const { t } = useTranslation();
  const words = useAuditWords();
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
        const text = words(e, data.names);
        return (
          <Fragment key={e.id}>
            {i > 0 && <Divider />}
            <Stack gap={4}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={700}>
                  {text.action}
                </Text>
                <Text size="sm">· {e.actorName || t('audit.system')}</Text>
                <Text size="xs" c="dimmed">
                  · {formatDateTime(e.at)}
                </Text>
              </Group>
              {text.subject && (
                <Text size="xs" c="dimmed">
                  {text.objectType}: {text.subject}
                </Text>
              )}
              <AuditLines text={text} />
            </Stack>
          </Fragment>
        );
      })}
    </Stack>
  );
}
