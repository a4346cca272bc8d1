import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, PageLoader } from '../../components/page-state';
import { PrintBar, PrintTitle, printCss } from '../../components/print-heading';
import { usePageTitle } from '../../lib/use-page-title';
import { useHonorees } from './queries';

/** On paper (the shared print sheet, as the minutes page prints), the list's own root. */
const PRINT_CSS = printCss(`  .vd-honorees-print { font-size: 12pt; color: #000; max-width: none !important; }
  .vd-honorees-print tr { page-break-inside: avoid; }`);

/** Danh sách được vinh danh, laid out for the office printer under the national heading. */
export function HonoreesPrintPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const honorees = useHonorees(cid);
  usePageTitle(t('rev.honorees.printTitle'));
  if (honorees.isLoading) return <PageLoader />;
  if (honorees.error || !honorees.data)
    return <ErrorState error={honorees.error} onRetry={() => honorees.refetch()} />;
  const d = honorees.data;
  return (
    <Stack gap="md" maw={900} className="vd-honorees-print" data-testid="honorees-print">
      <style>{PRINT_CSS}</style>
      <PrintBar
        backTo={`/conferences/${cid}/honorees`}
        backLabel={t('rev.honorees.back')}
        printLabel={t('rev.honorees.printNow')}
      />
      <PrintTitle
        parentName={d.heading.parentName}
        organizationName={d.heading.organizationName}
        title={t('rev.honorees.printTitle')}
        subject={d.heading.conferenceName}
      />
      <Text ta="center" size="sm">
        {t('rev.honorees.total', { total: d.total, ...d.counts })}
      </Text>
      {d.groups.map((g, gi) => (
        <Stack key={g.awardFormId} gap="xs">
          <Title order={2} fz="md">
            {gi + 1}. {g.awardFormName} ({g.items.length})
          </Title>
          <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>{t('rev.minutes.no')}</Table.Th>
                <Table.Th>{t('rev.honorees.name')}</Table.Th>
                <Table.Th>{t('rev.honorees.kind')}</Table.Th>
                <Table.Th>{t('rev.honorees.unit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.items.map((h, i) => (
                <Table.Tr key={h.nominationId} data-testid="honoree-row">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{h.name}</Table.Td>
                  <Table.Td>{t(`nom.kind.${h.kind}`)}</Table.Td>
                  <Table.Td>{h.unitName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
