import { Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditListView } from '../../../shared/schemas/audit';
import { ErrorState, PageLoader } from '../../components/page-state';
import { SectionCard } from '../../components/section-card';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDateTime } from '../../lib/format';
import { AuditLines, useAuditWords } from './audit-lines';
import { useAuditOf } from './queries';

/** A history panel: each entry as "action · who · when", its object and its lines, in words. */
export function HistoryList({
  entries,
  names,
  showSubject = true,
}: {
  entries: AuditListView['items'];
  names: AuditListView['names'];
  showSubject?: boolean;
}) {
  const { t } = useTranslation();
  const words = useAuditWords();
  return (
    <Stack gap="sm" data-testid="history-panel">
      {entries.map((e, i) => {
        const text = words(e, names);
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
              {showSubject && text.subject && (
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

/** Lịch sử hồ sơ: the changes of one object (a nomination …), for those who may read the log. */
export function ObjectHistory({
  organizationId,
  entityType,
  entityId,
}: {
  organizationId: string;
  entityType: string;
  entityId: string;
}) {
  const { t } = useTranslation();
  const { organizations } = useCurrentOrg();
  const allowed = !!organizations.find((o) => o.id === organizationId)?.permissions.canReadAudit;
  const q = useAuditOf(organizationId, entityType, entityId, allowed);
  if (!allowed) return null;
  return (
    <SectionCard id="sec-object-history" title={t('audit.objectHistory')}>
      {q.isLoading && <PageLoader />}
      {q.error && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.data && q.data.items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('audit.empty')}
        </Text>
      )}
      {q.data && <HistoryList entries={q.data.items} names={q.data.names} showSubject={false} />}
    </SectionCard>
  );
}
