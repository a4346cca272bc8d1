import { Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import { formatDate } from '../../lib/format';
import { BarChart, ChartCard, NumberTable } from './charts';

const _fmt = (n: number) => n.toLocaleString('vi-VN');

function StateCell({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Table.Td>
      <Text size="sm" fw={600} c={color} style={{ whiteSpace: 'nowrap' }}>
        {children}
      </Text>
    </Table.Td>
  );
}

/** Units that have not sent both their report and a nominee — a list by name is the table itself. */
export function UnitsCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const s = d.submissions;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dash-units" data-testid="dash-units">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="dash-units">
          {t('dash.units.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dash.units.help', {
            deadline: s.deadline ? formatDate(s.deadline) : t('dash.units.noDeadline'),
          })}
        </Text>
        <Text size="sm" fw={600}>
          {t('dash.units.progress', { done: s.submittedCount, total: s.unitCount })}
        </Text>
        <Progress
          value={s.percent}
          size="lg"
          aria-label={t('dash.units.progress', { done: s.submittedCount, total: s.unitCount })}
        />
        {s.notSubmitted.length === 0 ? (
          <Text size="sm" c="green.8">
            {t('dash.units.allDone')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dash.units.colUnit')}</Table.Th>
                  <Table.Th scope="col">{t('dash.units.colReport')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('dash.units.colNominations')}
                  </Table.Th>
                  <Table.Th scope="col">{t('dash.units.colState')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.notSubmitted.map((u) => (
                  <Table.Tr key={u.unitId}>
                    <Table.Th scope="row" fw={500}>
                      {u.unitName}
                    </Table.Th>
                    <StateCell color={u.reportSent ? 'green.8' : 'dimmed'}>
                      {u.reportSent ? t('dash.units.reportSent') : t('dash.units.reportMissing')}
                    </StateCell>
                    <Table.Td ta="right">{u.nominationsSent}</Table.Td>
                    <StateCell color={u.overdue ? 'red.8' : 'teal.8'}>
                      {u.overdue ? t('dash.units.overdue') : t('dash.units.open')}
                    </StateCell>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

export function QuotaCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const q = d.quota;
  const items = q.byForm.map((f) => ({
    key: f.awardFormId,
    label: `${f.name} (${f.used}/${f.quota})`,
    count: f.used,
  }));
  return (
    <ChartCard
      title={t('dash.quota.title')}
      testId="dash-quota"
      help={
        <>
          {t('dash.quota.overall', { used: q.used, quota: q.quota, percent: q.percent })}
          {q.conferenceTotal !== null &&
            ` · ${t('dash.quota.conferenceTotal', { total: q.conferenceTotal })}`}
        </>
      }
      chart={
        <Stack gap="xs">
          {q.byForm.map((f) => (
            <Stack key={f.awardFormId} gap={2}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm">{f.name}</Text>
                <Text
                  size="sm"
                  fw={700}
                  style={{ whiteSpace: 'nowrap' }}
                  c={f.used > f.quota ? 'red.8' : undefined}
                >
                  {f.used}/{f.quota}
                </Text>
              </Group>
              <Progress
                value={Math.min(100, f.percent)}
                size="md"
                aria-label={`${f.name}: ${f.used}/${f.quota}`}
              />
            </Stack>
          ))}
          {q.byForm.length === 0 && <BarChart items={items} label={t('dash.quota.title')} />}
        </Stack>
      }
      table={
        <NumberTable
          caption={t('dash.quota.title')}
          columns={[
            t('dash.quota.colForm'),
            t('dash.quota.colQuota'),
            t('dash.quota.colUsed'),
            t('dash.colShare'),
          ]}
          rows={q.byForm.map((f) => ({
            key: f.awardFormId,
            label: f.name,
            cells: [f.quota, f.used, `${f.percent}%`],
          }))}
          total={[q.quota, q.used, `${q.percent}%`]}
        />
      }
    />
  );
}
