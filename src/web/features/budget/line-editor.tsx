import { ActionIcon, Group, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { lineAmount } from '../../../shared/rules/budget';
import { formatVnd } from '../../../shared/rules/prize-money';
import type { BudgetLineView as BudgetLine } from '../../../shared/schemas/budget';
import { BUDGET_GROUPS, type BudgetGroup } from '../../../shared/schemas/enums';
import { useApiMutation } from '../../lib/use-api-mutation';
import { budgetKey, saveBudgetLine } from './queries';

type Values = {
  group: BudgetGroup;
  title: string;
  unit: string;
  quantity: number | string;
  unitPrice: number | string;
  actualAmount: number | string;
  notes: string;
};

const toValues = (l: BudgetLine | null, group: BudgetGroup): Values => ({
  group: l?.group ?? group,
  title: l?.title ?? '',
  unit: l?.unit ?? '',
  quantity: l?.quantity ?? 1,
  unitPrice: l?.unitPrice ?? 0,
  actualAmount: l?.actualAmount ?? '',
  notes: l?.notes ?? '',
});

const num = (v: number | string) =>
  typeof v === 'number' ? v : Number(v.replace(/\./g, '').replace(',', '.'));

/** One line edited in place (a new line too): the amount recomputes as the user types. */
export function LineEditor({
  cid,
  line,
  group,
  onDone,
}: {
  cid: string;
  line: BudgetLine | null;
  group: BudgetGroup;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: toValues(line, group) });
  const v = form.values;
  const errors = form.errors as Record<string, string>;
  const set = <K extends keyof Values>(k: K, value: Values[K]) => form.setFieldValue(k, value as never);
  const q = num(v.quantity);
  const p = num(v.unitPrice);
  const preview =
    Number.isFinite(q) && Number.isFinite(p) && q >= 0 && p >= 0 && Number.isInteger(p)
      ? lineAmount(q, p)
      : null;

  const save = useApiMutation({
    mutationFn: () =>
      saveBudgetLine(cid, line, {
        group: v.group,
        title: v.title,
        unit: v.unit,
        quantity: q,
        unitPrice: p,
        actualAmount: v.actualAmount === '' ? null : num(v.actualAmount),
        notes: v.notes,
      }),
    invalidate: [budgetKey(cid)],
    form,
    successMessage: t('prep.budget.saved'),
    onSuccess: onDone,
  });
  // a stale edit (409): the list reloads; the row keeps what was typed and says why
  const message = save.conflict ? t('errors.conflictTitle') : save.error;

  const numberCell = (
    k: 'quantity' | 'unitPrice' | 'actualAmount',
    width: number,
    decimalScale: number,
    label: 'colQuantity' | 'colUnitPrice' | 'colActual',
  ) => (
    <NumberInput
      size="xs"
      w={width}
      aria-label={t(`prep.budget.${label}`)}
      value={v[k]}
      onChange={(x) => set(k, x)}
      decimalScale={decimalScale}
      decimalSeparator=","
      thousandSeparator="."
      error={errors[k]}
    />
  );

  return (
    <Table.Tr data-testid="budget-line-editor">
      <Table.Td colSpan={2}>
        <Group gap={4} wrap="nowrap">
          {!line && (
            <Select
              size="xs"
              w={130}
              aria-label={t('prep.budget.group')}
              data={BUDGET_GROUPS.map((g) => ({
                value: g,
                label: t(`prep.budget.groups.${g}`),
              }))}
              value={v.group}
              onChange={(g) => g && set('group', g as BudgetGroup)}
              allowDeselect={false}
            />
          )}
          <TextInput
            size="xs"
            aria-label={t('prep.budget.colTitle')}
            value={v.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
            style={{ flex: 1 }}
          />
        </Group>
        {message && (
          <Text c="red" size="xs" role="alert">
            {message}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          w={70}
          aria-label={t('prep.budget.colUnit')}
          value={v.unit}
          onChange={(e) => set('unit', e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>{numberCell('quantity', 80, 2, 'colQuantity')}</Table.Td>
      <Table.Td>{numberCell('unitPrice', 120, 0, 'colUnitPrice')}</Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{preview === null ? '—' : formatVnd(preview)}</Text>
      </Table.Td>
      <Table.Td>{numberCell('actualAmount', 120, 0, 'colActual')}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <TextInput
            size="xs"
            aria-label={t('prep.budget.colNotes')}
            value={v.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
          />
          <ActionIcon
            onClick={() => save.mutate()}
            loading={save.isPending}
            aria-label={t('prep.budget.save')}
          >
            ✓
          </ActionIcon>
          <ActionIcon variant="subtle" onClick={onDone} aria-label={t('prep.budget.cancel')}>
            ✕
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
