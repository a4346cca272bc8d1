import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { delegatesPath, useCheckinEvents, useNotArrived } from './queries';

/** Danh sách chưa đến: who has not arrived yet, by seat group, ready to print (live). */
export function NotArrivedPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const conf = useConference(cid);
  const list = useNotArrived(cid);
  useCheckinEvents(cid, !!list.data);
  usePageTitle(t('del.reception.notArrived'));
  if (list.isLoading) return <PageLoader />;
  if (list.error || !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const items = [...list.data.items].sort(
    (a, b) => a.seatGroup.localeCompare(b.seatGroup, 'vi', { numeric: true }) || 0,
  );
  return (
    <Stack gap="sm">
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={delegatesPath.reception(cid)} size="sm">
          {t('del.nav.backToReception')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('del.reception.print')}</Button>
      </Group>
      <style>
        {
          '@media print { .no-print, header, nav { display: none !important; } main { padding: 0 !important; } }'
        }
      </style>
      <div>
        <Title order={1} fz={22}>
          {t('del.reception.notArrivedTitle', { count: items.length })}
        </Title>
        {conf.data && <Text size="sm">{conf.data.plan.name}</Text>}
        <Text size="xs" c="dimmed">
          {t('del.reception.printedAt', { at: formatDateTime(new Date().toISOString()) })}
        </Text>
      </div>
      <Table striped withTableBorder data-testid="not-arrived">
        <TableHead
          cells={[
            '#',
            t('del.columns.fullName'),
            t('del.columns.unit'),
            t('del.columns.category'),
            t('del.columns.seatGroup'),
            t('del.form.phone'),
          ]}
        />
        <Table.Tbody>
          {items.map((d, i) => (
            <Table.Tr key={d.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td fw={600}>{d.fullName}</Table.Td>
              <Table.Td>{d.unitName}</Table.Td>
              <Table.Td>{d.categoryLabel}</Table.Td>
              <Table.Td>{d.seatGroup}</Table.Td>
              <Table.Td>{d.phone}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
