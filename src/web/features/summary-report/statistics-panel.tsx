import { Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { percentWords } from '../../../shared/rules/summary-report';
import type { ReportStatistics, StatisticRow } from '../../../shared/schemas/summary-report';

/** A table of one breakdown with a CSS bar per row (the share of the largest row). */
function RowsTable({
  caption,
  rows,
  honoured,
  testId,
}: {
  caption: string;
  rows: StatisticRow[];
  honoured: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.nominations));
  return (
    <Table striped withTableBorder data-testid={testId}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('summaryReport.column.label')}</Table.Th>
          <Table.Th scope="col">{t('summaryReport.column.nominations')}</Table.Th>
          {honoured && <Table.Th scope="col">{t('summaryReport.column.honoured')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fw={400}>
              {r.label}
            </Table.Th>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <span>{r.nominations}</span>
                <Box
                  aria-hidden
                  h={8}
                  w={`${Math.round((r.nominations / max) * 80)}px`}
                  bg="var(--mantine-color-blue-5)"
                  style={{ borderRadius: 2 }}
                />
              </Group>
            </Table.Td>
            {honoured && <Table.Td>{r.honoured}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Số liệu: the headline figures, the breakdowns as tables, and the previous conference's. */
export function StatisticsPanel({ s }: { s: ReportStatistics }) {
  const { t } = useTranslation();
  const honoured = s.honoured > 0;
  const p = s.previous;
  return (
    <Stack gap="md" data-testid="sr-statistics">
      <Title order={2} size="h3">
        {t('summaryReport.statistics')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure
          label={t('summaryReport.nominations')}
          value={String(s.nominations)}
          testId="sr-nominations"
        />
        <Figure label={t('summaryReport.honoured')} value={String(s.honoured)} testId="sr-honoured" />
        <Figure
          label={t('summaryReport.directWorkers')}
          value={`${s.directWorkers.count}/${s.directWorkers.of} (${percentWords(s.directWorkers.percent)})`}
          testId="sr-direct"
        />
        <Figure
          label={t('summaryReport.unitReports')}
          value={t('summaryReport.fraction', { count: s.unitReports.sent, of: s.unitReports.of })}
          testId="sr-unit-reports"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RowsTable
          caption={t('summaryReport.byForm')}
          rows={s.byForm}
          honoured={honoured}
          testId="sr-by-form"
        />
        <RowsTable
          caption={t('summaryReport.byKind')}
          rows={s.byKind}
          honoured={honoured}
          testId="sr-by-kind"
        />
        <RowsTable
          caption={t('summaryReport.byGender')}
          rows={s.byGender}
          honoured={honoured}
          testId="sr-by-gender"
        />
        <RowsTable
          caption={t('summaryReport.byOccupationGroup')}
          rows={s.byOccupationGroup}
          honoured={honoured}
          testId="sr-by-group"
        />
        <RowsTable
          caption={t('summaryReport.byUnit')}
          rows={s.byUnit}
          honoured={honoured}
          testId="sr-by-unit"
        />
        {s.byMovement.length > 0 && (
          <RowsTable
            caption={t('summaryReport.byMovement')}
            rows={s.byMovement}
            honoured={honoured}
            testId="sr-by-movement"
          />
        )}
      </SimpleGrid>
      <Text size="sm" data-testid="sr-previous">
        {p
          ? `${t('summaryReport.previous', { name: p.conferenceName, period: p.period })}: ${t('summaryReport.nominations')} ${p.nominations} → ${s.nominations}; ${t('summaryReport.honoured')} ${p.honoured} → ${s.honoured}; ${t('summaryReport.directWorkers')} ${percentWords(p.directWorkers.percent)} → ${percentWords(s.directWorkers.percent)}`
          : t('summaryReport.noPrevious')}
      </Text>
    </Stack>
  );
}
