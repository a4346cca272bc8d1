import { Badge, Button, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../../shared/rules/prize-money';
import type { BudgetLineView as BudgetLine, BudgetView } from '../../../shared/schemas/budget';
import { TableHead } from '../../components/table-head';
import { useApiMutation } from '../../lib/use-api-mutation';
import { LineEditor } from './line-editor';
import { budgetKey, deleteBudgetLine } from './queries';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const money = (n: number | null) => (n === null ? '' : formatVnd(n));
const quantity = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The estimate as a table: a heading row per group with its totals, its lines, then Tổng cộng. */
export function BudgetTable({
  cid,
  b,
  editing,
  setEditing,
}: {
  cid: string;
  b: BudgetView;
  editing: string | null;
  setEditing: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const canManage = b.permissions.canManage;
  const remove = useApiMutation({
    mutationFn: (l: BudgetLine) => deleteBudgetLine(cid, l),
    invalidate: [budgetKey(cid)],
    successMessage: t('prep.budget.deleted'),
  });
  const confirmRemove = (l: BudgetLine) => {
    if (window.confirm(t('prep.budget.confirmDelete', { title: l.title }))) remove.mutate(l);
  };
  const row = (l: BudgetLine, i: number) =>
    editing === l.id ? (
      <LineEditor key={l.id} cid={cid} line={l} group={l.group} onDone={() => setEditing(null)} />
    ) : (
      <LineRow
        key={l.id}
        l={l}
        i={i}
        canManage={canManage}
        onEdit={() => setEditing(l.id)}
        onRemove={confirmRemove}
      />
    );
  return (
    <Paper withBorder p="md">
      {remove.error && (
        <Text c="red" size="sm" role="alert" mb="xs">
          {remove.error}
        </Text>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="xs">
          <TableHead
            cells={[
              { label: 'TT', w: 40 },
              t('prep.budget.colTitle'),
              t('prep.budget.colUnit'),
              { label: t('prep.budget.colQuantity'), ta: 'right' },
              { label: t('prep.budget.colUnitPrice'), ta: 'right' },
              { label: t('prep.budget.colAmount'), ta: 'right' },
              { label: t('prep.budget.colActual'), ta: 'right' },
              t('prep.budget.colNotes'),
            ]}
          />
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
  );
}

function LineRow({
  l,
  i,
  canManage,
  onEdit,
  onRemove,
}: {
  l: BudgetLine;
  i: number;
  canManage: boolean;
  onEdit: () => void;
  onRemove: (l: BudgetLine) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
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
                onClick={onEdit}
                aria-label={`${t('prep.budget.edit')}: ${l.title}`}
              >
                {t('common.edit')}
              </Button>
              <Button
                variant="subtle"
                size="compact-xs"
                color="red"
                onClick={() => onRemove(l)}
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
}
