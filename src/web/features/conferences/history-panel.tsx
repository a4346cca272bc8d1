import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../components/page-state';
import { HistoryList } from '../audit/history-list';
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
  return <HistoryList entries={entries} names={data.names} />;
}
