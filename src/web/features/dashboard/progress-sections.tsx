import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkProgress } from '../../../shared/rules/dashboard';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import { SectionCard } from '../../components/section-card';
import { TableHead } from '../../components/table-head';
import { formatDateRange, truncate } from '../../lib/format';
import { PrizeBasisNote } from '../documents/prize-basis-note';
import { ChartCard, NumberTable, PercentRing } from './charts';

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** The four headline numbers. */
export function Headline({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const stats = [
    {
      id: 'timeline',
      label: t('dash.stat.timeline'),
      value: t('dash.stat.timelineValue', { completed: d.timeline.completed, total: d.timeline.total }),
      warn: d.timeline.overdue > 0,
    },
    {
      id: 'units',
      label: t('dash.stat.units'),
      value: t('dash.stat.unitsValue', {
        done: d.submissions.submittedCount,
        total: d.submissions.unitCount,
      }),
      warn: d.submissions.notSubmitted.some((u) => u.overdue),
    },
    { id: 'nominations', label: t('dash.stat.nominations'), value: fmt(d.nominations.total), warn: false },
    {
      id: 'budget',
      label: t('dash.stat.budget'),
      value: t('dash.budget.money', { amount: fmt(d.budget.total) }),
      warn: false,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {stats.map((s) => (
        <Paper key={s.id} withBorder p="sm" data-testid={`stat-${s.id}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {s.label}
          </Text>
          <Text fw={700} fz={{ base: 'md', sm: 'xl' }} c={s.warn ? 'red.8' : undefined}>
            {s.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function TimelineCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const tl = d.timeline;
  const rows = [
    ...tl.overdueItems.map((m) => ({ m, state: t('dash.timeline.stateOverdue') })),
    ...(tl.next ? [{ m: tl.next, state: t('dash.timeline.stateNext') }] : []),
  ];
  return (
    <ChartCard
      title={t('dash.timeline.title')}
      testId="dash-timeline"
      chart={
        <Group gap="md" wrap="wrap" align="center">
          <PercentRing
            percent={tl.percent}
            label={t('dash.timeline.ring')}
            color={tl.overdue ? 'orange' : 'teal'}
          />
          <Stack gap={4} style={{ flex: 1, minWidth: 200 }}>
            <Text size="sm">
              {t('dash.timeline.completed', {
                completed: tl.completed,
                total: tl.total,
                percent: tl.percent,
              })}
            </Text>
            <Text size="sm" c={tl.overdue ? 'red.8' : 'green.8'} fw={600}>
              {tl.overdue
                ? t('dash.timeline.overdueCount', { count: tl.overdue })
                : t('dash.timeline.noOverdue')}
            </Text>
            {tl.next ? (
              <Text size="sm">
                {t('dash.timeline.next')}: <b>{formatDateRange(tl.next.startDate, tl.next.endDate)}</b> (
                {tl.next.daysLeft === 0
                  ? t('dash.timeline.nextToday')
                  : t('dash.timeline.nextIn', { count: tl.next.daysLeft })}
                ) — {truncate(tl.next.title, 100)}
              </Text>
            ) : (
              <Text size="sm">{t('dash.timeline.noNext')}</Text>
            )}
          </Stack>
        </Group>
      }
      table={
        <Table striped withTableBorder>
          <Table.Caption>{t('dash.timeline.title')}</Table.Caption>
          <TableHead
            cells={[
              { label: t('dash.timeline.colDate'), scope: 'col' },
              { label: t('dash.timeline.colMilestone'), scope: 'col' },
              { label: t('dash.timeline.colState'), scope: 'col' },
            ]}
          />
          <Table.Tbody>
            {rows.map(({ m, state }) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateRange(m.startDate, m.endDate)}
                </Table.Td>
                <Table.Td>{m.title}</Table.Td>
                <Table.Td>{state}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {t('dash.timeline.completed', {
                  completed: tl.completed,
                  total: tl.total,
                  percent: tl.percent,
                })}
              </Table.Th>
              <Table.Td>{t('dash.timeline.overdueCount', { count: tl.overdue })}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      }
    />
  );
}

/** A unit's state in a table cell: short bold text, in the colour of the state, on one line. */

function WorkRow({ label, w }: { label: string; w: WorkProgress }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Group gap={6}>
          <Text size="sm" fw={700}>
            {w.total ? t('dash.checklist.value', { done: w.done, total: w.total }) : t('dash.checklist.none')}
          </Text>
          {w.overdue > 0 && (
            <Badge color="red" tt="none">
              {t('dash.checklist.overdue', { count: w.overdue })}
            </Badge>
          )}
        </Group>
      </Group>
      <Progress
        value={w.percent}
        size="lg"
        color={w.overdue ? 'orange' : 'teal'}
        aria-label={`${label}: ${w.percent}%`}
      />
    </Stack>
  );
}

export function ChecklistCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const rows = [
    { key: 'logistics', label: t('dash.checklist.logistics'), w: d.checklist.logistics },
    { key: 'tasks', label: t('dash.checklist.tasks'), w: d.checklist.tasks },
  ];
  return (
    <ChartCard
      title={t('dash.checklist.title')}
      testId="dash-checklist"
      chart={
        <Stack gap="sm">
          {rows.map((r) => (
            <WorkRow key={r.key} label={r.label} w={r.w} />
          ))}
        </Stack>
      }
      table={
        <NumberTable
          caption={t('dash.checklist.title')}
          columns={[
            t('dash.checklist.colKind'),
            t('dash.checklist.colDone'),
            t('dash.checklist.colTotal'),
            t('dash.checklist.colOverdue'),
          ]}
          rows={rows.map((r) => ({ key: r.key, label: r.label, cells: [r.w.done, r.w.total, r.w.overdue] }))}
        />
      }
    />
  );
}

export function BudgetCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const b = d.budget;
  return (
    <SectionCard id="dash-budget" title={t('dash.budget.title')} headerMb="xs" data-testid="dash-budget">
      <Table withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('dash.budget.total')}</Table.Th>
            <Table.Td ta="right" fw={700}>
              {t('dash.budget.money', { amount: fmt(b.total) })}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('dash.budget.actual')}</Table.Th>
            <Table.Td ta="right">{t('dash.budget.money', { amount: fmt(b.actualTotal) })}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt={4}>
        {t('dash.budget.lines', { count: b.lines })}
      </Text>
      <Stack mt="xs">
        <PrizeBasisNote basis={d.prizes} withTotal size="xs" />
      </Stack>
    </SectionCard>
  );
}
