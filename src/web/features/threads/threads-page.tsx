import { Anchor, Card, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { THREAD_STATUSES } from '../../../shared/rules/threads';
import type { ThreadSummaryView } from '../../../shared/schemas/threads';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { type ThreadFilters, threadPath, useThreads } from './queries';
import { RaiseForm } from './raise-form';
import { ThreadStatusBadge } from './thread-badges';

/** Phản ánh, kiến nghị: a unit head's own unit's threads and the form; the office's list with filters. */
export function ThreadsPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const [filters, setFilters] = useState<ThreadFilters>({});
  const { data, isLoading, error, refetch } = useThreads(organization?.id, filters);
  usePageTitle(t('threads.title'));
  if (isLoading || !organization) return <PageLoader />;
  if (error || !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  const office = data.permissions.canManage;
  const set = (k: keyof ThreadFilters) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    setFilters({ ...filters, [k]: e.currentTarget.value || undefined });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Stack>
      <PageHeader
        title={t('threads.title')}
        help={office ? t('threads.helpOffice') : t('threads.helpUnit')}
      />
      {office && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('threads.filterStatus')}
            value={filters.status ?? ''}
            onChange={set('status')}
            data={[
              { value: '', label: t('threads.allStatuses') },
              ...THREAD_STATUSES.map((s) => ({ value: s, label: t(`threads.status.${s}`) })),
            ]}
          />
          <NativeSelect
            label={t('threads.filterUnit')}
            value={filters.unitId ?? ''}
            onChange={set('unitId')}
            data={[
              { value: '', label: t('threads.allUnits') },
              ...data.units.map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
          <NativeSelect
            label={t('threads.filterAssignee')}
            value={filters.assigneeId ?? ''}
            onChange={set('assigneeId')}
            data={[
              { value: '', label: t('threads.anyone') },
              ...data.assignees.map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        </SimpleGrid>
      )}
      {data.items.length === 0 ? (
        <Text c="dimmed">{filtered ? t('threads.emptyFiltered') : t('threads.empty')}</Text>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('threads.title')}
        >
          {data.items.map((x) => (
            <ThreadRow key={x.id} x={x} office={office} />
          ))}
        </Stack>
      )}
      {!office && data.permissions.canRaise && <RaiseForm orgId={organization.id} units={data.units} />}
    </Stack>
  );
}

function ThreadRow({ x, office }: { x: ThreadSummaryView; office: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="li" padding="sm" data-testid="thread-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={threadPath(x.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {x.topic}
          </Anchor>
          <Text size="sm" c="dimmed">
            {[
              office ? x.unit.name : null,
              t('threads.opened', { at: formatDateTime(x.createdAt) }),
              t('threads.messages', { count: x.messageCount }),
              x.ageDays !== null ? t('threads.ageDays', { count: x.ageDays }) : null,
              office ? `${t('threads.assignee')}: ${x.assignee?.name ?? t('threads.nobody')}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <ThreadStatusBadge status={x.status} />
      </Group>
    </Card>
  );
}
