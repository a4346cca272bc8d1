import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatVnd } from '../../../shared/rules/prize-money';
import type { BudgetLineView as BudgetLine } from '../../../shared/schemas/budget';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api, downloadFile } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { PrepPageHeader } from '../preparation/page-header';
import { LineEditor } from './line-editor';
import { budgetApi, invalidateBudget, useBudget } from './queries';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const money = (n: number | null) => (n === null ? '' : formatVnd(n));
const quantity = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

function Total({ label, figure, words }: { label: string; figure: number; words: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={`total-${label}`}>
        {formatVnd(figure)} đồng
      </Text>
      <Text size="sm" fs="italic">
        {words}
      </Text>
    </Paper>
  );
}

/** Dự trù kinh phí: grouped table edited in place, computed prize lines, totals in figures and words. */
export function BudgetPage() {
  const { conferenceId: cid = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('prep.budget.title'));
  const qc = useQueryClient();
  const budget = useBudget(cid);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (budget.isPending) return <PageLoader />;
  if (budget.isError) return <ErrorState error={budget.error} onRetry={() => void budget.refetch()} />;
  const b = budget.data;
  const canManage = b.permissions.canManage;

  const download = (file: string, name: string) =>
    void downloadFile(`${budgetApi(cid)}/${file}`, name).catch((err) =>
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      }),
    );
  const remove = async (l: BudgetLine) => {
    if (!window.confirm(t('prep.budget.confirmDelete', { title: l.title }))) return;
    try {
      await api('DELETE', `${budgetApi(cid)}/lines/${l.id}?version=${l.version}`);
      notifications.show({ color: 'green', message: t('prep.budget.deleted') });
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
    }
    invalidateBudget(qc, cid);
  };

  const row = (l: BudgetLine, i: number) =>
    editing === l.id ? (
      <LineEditor key={l.id} cid={cid} line={l} group={l.group} onDone={() => setEditing(null)} />
    ) : (
      <Table.Tr key={l.id}>
        <Table.Td>{i + 1}</Table.Td>
        <Table.Td>
          <Group gap={6}>
            <Text size="sm">{l.title}</Text>
            {l.computed && (
              <Tooltip label={t('prep.budget.computedHelp')}>
                <Badge size="xs" variant="light" color="grape">
                  {t('prep.budget.computed')}
                </Badge>
              </Tooltip>
            )}
          </Group>
        </Table.Td>
        <Table.Td>{l.unit}</Table.Td>
        <Table.Td ta="right">{quantity(l.quantity)}</Table.Td>
        <Table.Td ta="right">{money(l.unitPrice)}</Table.Td>
        <Table.Td ta="right">{money(l.amount)}</Table.Td>
        <Table.Td ta="right">{money(l.actualAmount)}</Table.Td>
        <Table.Td>
          <Group gap={4} justify="space-between" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {l.notes}
            </Text>
            {canManage && !l.computed && (
              <Group gap={2} wrap="nowrap">
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => setEditing(l.id)}
                  aria-label={`${t('prep.budget.edit')}: ${l.title}`}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  variant="subtle"
                  size="compact-xs"
                  color="red"
                  onClick={() => void remove(l)}
                  aria-label={`${t('prep.budget.delete')}: ${l.title}`}
                >
                  {t('common.delete')}
                </Button>
              </Group>
            )}
          </Group>
        </Table.Td>
      </Table.Tr>
    );

  return (
    <Stack gap="md">
      <PrepPageHeader
        cid={cid}
        title={t('prep.budget.title')}
        help={t('prep.budget.help')}
        actions={
          <>
            <Button variant="default" onClick={() => download('export.xlsx', 'du-tru-kinh-phi.xlsx')}>
              {t('prep.budget.xlsx')}
            </Button>
            <Button variant="default" onClick={() => download('estimate.docx', 'du-tru-kinh-phi.docx')}>
              {t('prep.budget.docx')}
            </Button>
            {canManage && <Button onClick={() => setEditing('new')}>{t('prep.budget.addLine')}</Button>}
          </>
        }
      />

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Total label={t('prep.budget.estimate')} figure={b.estimate} words={b.estimateInWords} />
        <Total label={t('prep.budget.actual')} figure={b.actual} words={b.actualInWords} />
      </SimpleGrid>
      <Text size="sm">
        {t('prep.budget.difference')}:{' '}
        <strong>{b.difference < 0 ? `−${formatVnd(-b.difference)}` : formatVnd(b.difference)} đồng</strong>
      </Text>
      {b.prizeNote && <Alert color="yellow">{b.prizeNote}</Alert>}

      <Paper withBorder p="md">
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>TT</Table.Th>
                <Table.Th>{t('prep.budget.colTitle')}</Table.Th>
                <Table.Th>{t('prep.budget.colUnit')}</Table.Th>
                <Table.Th ta="right">{t('prep.budget.colQuantity')}</Table.Th>
                <Table.Th ta="right">{t('prep.budget.colUnitPrice')}</Table.Th>
                <Table.Th ta="right">{t('prep.budget.colAmount')}</Table.Th>
                <Table.Th ta="right">{t('prep.budget.colActual')}</Table.Th>
                <Table.Th>{t('prep.budget.colNotes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {editing === 'new' && (
                <LineEditor cid={cid} line={null} group="hall" onDone={() => setEditing(null)} />
              )}
              {b.groups.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={8}>
                    <Text size="sm" c="dimmed">
                      {t('prep.budget.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {b.groups.map((g, gi) => (
                <Fragment key={g.group}>
                  <Table.Tr bg="var(--mantine-color-gray-light)">
                    <Table.Td fw={700}>{ROMAN[gi]}</Table.Td>
                    <Table.Td fw={700} colSpan={4}>
                      {t(`prep.budget.groups.${g.group}`)}
                    </Table.Td>
                    <Table.Td fw={700} ta="right">
                      {formatVnd(g.estimate)}
                    </Table.Td>
                    <Table.Td fw={700} ta="right">
                      {formatVnd(g.actual)}
                    </Table.Td>
                    <Table.Td />
                  </Table.Tr>
                  {g.lines.map(row)}
                </Fragment>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th />
                <Table.Th colSpan={4}>{t('prep.budget.total')}</Table.Th>
                <Table.Th ta="right" data-testid="budget-total">
                  {formatVnd(b.estimate)}
                </Table.Th>
                <Table.Th ta="right">{formatVnd(b.actual)}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" mt="sm" fs="italic">
          {t('prep.budget.inWords')}: {b.estimateInWords}
        </Text>
      </Paper>
    </Stack>
  );
}
