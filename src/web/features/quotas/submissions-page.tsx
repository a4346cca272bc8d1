import { Alert, Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubmissionRowView } from '../../../shared/schemas/quotas';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { NominationsNav, ReportStatusBadge, useConferenceRole } from '../nominations/parts';
import { useQuotaGrid, useSubmissions } from '../nominations/queries';
import { ReopenModal } from './reopen-modal';
import { DeadlineCell, RowActions, useCountsText } from './submission-cells';

/** Tình hình nộp hồ sơ: per unit, the deadline state, report, nominee counts and quota fill. */
export function SubmissionsPage() {
  const { t } = useTranslation();
  const { conferenceId, conference, role } = useConferenceRole();
  const subs = useSubmissions(conferenceId);
  const grid = useQuotaGrid(conferenceId);
  const [reopening, setReopening] = useState<SubmissionRowView | null>(null);
  const counts = useCountsText();
  usePageTitle(t('nom.submissions.title'));
  if (conference.isLoading || subs.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (subs.error || !subs.data) return <ErrorState error={subs.error} onRetry={() => subs.refetch()} />;
  const data = subs.data;
  const overdue = data.items.filter((i) => i.overdue);
  const fill = (unitId: string) => {
    const g = grid.data;
    if (!g) return '';
    return `${g.usedTotals.byUnit[unitId] ?? 0}/${g.totals.byUnit[unitId] ?? 0}`;
  };

  const actions = (r: SubmissionRowView) => (
    <RowActions
      r={r}
      conferenceId={conferenceId}
      canReopen={data.permissions.canReopen}
      onReopen={setReopening}
    />
  );

  return (
    <Stack gap="md">
      <NominationsNav conference={conference.data} active="submissions" role={role} />
      <Title order={1} fz={26}>
        {t('nom.submissions.title')}
      </Title>
      <Alert
        color={overdue.length ? 'red' : 'green'}
        title={
          overdue.length
            ? t('nom.submissions.overdueCount', { count: overdue.length })
            : t('nom.submissions.noneOverdue')
        }
      >
        <Text size="sm">
          {data.deadline
            ? t('nom.submissions.deadline', { date: formatDate(data.deadline) })
            : t('nom.submissions.noDeadline')}
          {' · '}
          {t('nom.submissions.today', { date: formatDate(data.today) })}
        </Text>
        {role.canManage && <Text size="sm">{t('nom.submissions.changeDeadline')}</Text>}
      </Alert>

      <Stack hiddenFrom="md" gap="sm">
        {data.items.map((r) => (
          <Card key={r.unitId} withBorder padding="md" bg={r.overdue ? 'red.0' : undefined}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Text fw={700} fz="lg">
                {r.unitName}
              </Text>
              <Text fw={700} style={{ whiteSpace: 'nowrap' }} aria-label={t('nom.submissions.fill')}>
                {fill(r.unitId)}
              </Text>
            </Group>
            <DeadlineCell r={r} />
            <Group gap={6} mt={6}>
              <Text size="sm">{t('nom.submissions.report')}:</Text>
              <ReportStatusBadge status={r.reportStatus} />
            </Group>
            <Text size="sm" mt={4}>
              {counts(r)}
            </Text>
            <Group mt="sm">{actions(r)}</Group>
          </Card>
        ))}
      </Stack>

      <Table.ScrollContainer minWidth={900} visibleFrom="md">
        <Table verticalSpacing="sm" highlightOnHover data-testid="submissions-table">
          <TableHead
            cells={[
              { label: t('nom.submissions.unit'), miw: 200 },
              { label: t('nom.submissions.state'), miw: 130 },
              { label: t('nom.submissions.report'), miw: 120 },
              t('nom.submissions.nominations'),
              { label: t('nom.submissions.fill'), ta: 'right' },
              t('common.actions'),
            ]}
          />
          <Table.Tbody>
            {data.items.map((r) => (
              <Table.Tr
                key={r.unitId}
                bg={r.overdue ? 'red.0' : undefined}
                data-overdue={r.overdue || undefined}
              >
                <Table.Td fw={600}>
                  <Anchor component={Link} to={`/conferences/${conferenceId}/units/${r.unitId}`} c="inherit">
                    {r.unitName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <DeadlineCell r={r} />
                </Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={r.reportStatus} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{counts(r)}</Text>
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {fill(r.unitId)}
                </Table.Td>
                <Table.Td>{actions(r)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {reopening && (
        <ReopenModal
          conferenceId={conferenceId}
          row={reopening}
          today={data.today}
          onClose={() => setReopening(null)}
        />
      )}
    </Stack>
  );
}
