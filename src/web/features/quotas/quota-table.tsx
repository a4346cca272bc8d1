import { NumberInput, Table, Text, Tooltip } from '@mantine/core';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuotaTotals } from '../../../shared/rules/quota-grid';
import type { QuotaCellView, QuotaGridView } from '../../../shared/schemas/quotas';

export type Num = number | string;
export const cellKey = (unitId: string, formId: string) => `${unitId}|${formId}`;
export const toNumber = (v: Num | undefined) => (v === '' || v === undefined ? 0 : Number(v) || 0);

const sticky: React.CSSProperties = {
  position: 'sticky',
  left: 0,
  background: 'var(--mantine-color-body)',
  zIndex: 1,
  minWidth: 'min(180px, 36vw)',
};

/** The grid itself: a row per unit, a column per form, "used/quota" under each input, totals. */
export function QuotaTable({
  base,
  cellOf,
  draft,
  setDraft,
  totals,
  errorOf,
  canManage,
  over,
}: {
  base: QuotaGridView;
  cellOf: Map<string, QuotaCellView>;
  draft: Record<string, Num>;
  setDraft: Dispatch<SetStateAction<Record<string, Num>>>;
  totals: QuotaTotals;
  errorOf: (k: string) => string | undefined;
  canManage: boolean;
  over: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={250 + base.forms.length * 86}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} data-testid="quota-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={sticky}>{t('nom.quota.unit')}</Table.Th>
            {base.forms.map((f) => (
              <Table.Th key={f.id} ta="center" style={{ minWidth: 84, verticalAlign: 'bottom' }}>
                <Tooltip label={f.name} multiline w={240} withArrow>
                  <div>
                    <Text size="sm" fw={700}>
                      {f.code}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {f.name}
                    </Text>
                  </div>
                </Tooltip>
              </Table.Th>
            ))}
            <Table.Th ta="center">{t('nom.quota.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {base.units.map((u) => (
            <Table.Tr key={u.id} data-unit={u.name}>
              <Table.Th scope="row" style={sticky} fw={600}>
                {u.name}
              </Table.Th>
              {base.forms.map((f) => {
                const k = cellKey(u.id, f.id);
                const used = cellOf.get(k)?.used ?? 0;
                const count = toNumber(draft[k]);
                const err = errorOf(k);
                const edited = count !== (cellOf.get(k)?.count ?? 0);
                return (
                  <Table.Td key={f.id} ta="center" bg={edited ? 'yellow.0' : undefined} data-form={f.code}>
                    {canManage ? (
                      <NumberInput
                        aria-label={t('nom.quota.cellLabel', { unit: u.name, form: f.name })}
                        value={draft[k] ?? ''}
                        onChange={(v) => setDraft((d) => ({ ...d, [k]: v }))}
                        min={0}
                        allowDecimal={false}
                        allowNegative={false}
                        hideControls
                        size="sm"
                        w={56}
                        mx="auto"
                        styles={{ input: { textAlign: 'center' } }}
                        error={err ? true : undefined}
                        title={err}
                      />
                    ) : null}
                    <Text
                      size="xs"
                      c={err ? 'red' : used >= count && count > 0 ? 'green.8' : 'dimmed'}
                      fw={used > 0 ? 700 : undefined}
                      data-testid="cell-fill"
                      mt={canManage ? 2 : 0}
                    >
                      {count > 0 || used > 0 ? `${used}/${count}` : '–'}
                    </Text>
                  </Table.Td>
                );
              })}
              <Table.Td ta="center" fw={700}>
                {base.usedTotals.byUnit[u.id] ?? 0}/{totals.byUnit[u.id] ?? 0}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th style={sticky}>{t('nom.quota.total')}</Table.Th>
            {base.forms.map((f) => (
              <Table.Th key={f.id} ta="center">
                {base.usedTotals.byForm[f.id] ?? 0}/{totals.byForm[f.id] ?? 0}
              </Table.Th>
            ))}
            <Table.Th ta="center" c={over ? 'red' : undefined}>
              {base.usedTotals.overall}/{totals.overall}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
