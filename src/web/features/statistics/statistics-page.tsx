import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { useBusyDownload } from '../../lib/use-busy-download';
import { usePageTitle } from '../../lib/use-page-title';
import { StatisticsFormTable } from './form-table';
import { statisticsApi, useStatistics } from './queries';

const RECEIVER_KEY = 'vd-statistics-receiver';
const storedReceiver = () => {
  try {
    return localStorage.getItem(RECEIVER_KEY) ?? '';
  } catch {
    return '';
  }
};
const isYear = (v: number | string): v is number => typeof v === 'number' && v >= 1945 && v <= 2100;

/** Thống kê TĐKT: a year range, the forms as tables, the XLSX in the official layout. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const thisYear = new Date().getFullYear();
  const [yearFrom, setYearFrom] = useState<number | string>(thisYear);
  const [yearTo, setYearTo] = useState<number | string>(thisYear);
  const [receiver, setReceiver] = useState(storedReceiver);
  const [debouncedReceiver] = useDebouncedValue(receiver.trim(), 400);
  const valid = isYear(yearFrom) && isYear(yearTo) && yearTo >= yearFrom;
  const q = { yearFrom: Number(yearFrom), yearTo: Number(yearTo), receiver: debouncedReceiver };
  const stats = useStatistics(organization?.id, q, valid);
  const [download, busy] = useBusyDownload();
  usePageTitle(t('mov.stat.title'));
  if (!organization) return <PageLoader />;

  const keepReceiver = (v: string) => {
    setReceiver(v);
    try {
      localStorage.setItem(RECEIVER_KEY, v);
    } catch {
      // private mode: the receiver is not remembered
    }
  };

  return (
    <Stack>
      <PageHeader
        title={t('mov.stat.title')}
        help={t('mov.stat.help')}
        actions={
          <Button
            disabled={!valid}
            loading={busy === 'xlsx'}
            onClick={() =>
              void download('xlsx', statisticsApi(organization.id, q, '.xlsx'), 'thong-ke-tdkt.xlsx')
            }
          >
            {t('common.exportExcel')}
          </Button>
        }
      />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <NumberInput
            label={t('mov.stat.yearFrom')}
            value={yearFrom}
            onChange={setYearFrom}
            min={1945}
            max={2100}
          />
          <NumberInput
            label={t('mov.stat.yearTo')}
            value={yearTo}
            onChange={setYearTo}
            min={1945}
            max={2100}
            error={
              isYear(yearFrom) && isYear(yearTo) && yearTo < yearFrom ? t('mov.stat.invalidYears') : undefined
            }
          />
          <TextInput
            label={t('mov.stat.receiver')}
            description={t('mov.stat.receiverHelp')}
            value={receiver}
            onChange={(e) => keepReceiver(e.currentTarget.value)}
            style={{ gridColumn: 'span 2' }}
          />
        </SimpleGrid>
      </Paper>
      {stats.isLoading && <PageLoader />}
      {stats.error && <ErrorState error={stats.error} onRetry={() => stats.refetch()} />}
      {stats.data && (
        <>
          <Group justify="space-between" gap="xs">
            <Text fw={600}>{stats.data.yearLabel}</Text>
            <Text size="sm">{t('mov.stat.reporter', { name: stats.data.reporter })}</Text>
          </Group>
          {stats.data.forms.length === 0 && <Alert color="gray">{t('common.empty')}</Alert>}
          {stats.data.forms.map((f) => (
            <StatisticsFormTable key={f.code} form={f} />
          ))}
        </>
      )}
    </Stack>
  );
}
