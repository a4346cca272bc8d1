import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatisticsFormView } from '../../../shared/schemas/movements';
import { SectionCard } from '../../components/section-card';

/** Consecutive columns under one group header ("Chia ra"): [group, how many]. */
function groupsOf(form: StatisticsFormView): [string, number][] {
  const out: [string, number][] = [];
  for (const c of form.columns) {
    const last = out.at(-1);
    if (c.group && last && last[0] === c.group) last[1]++;
    else if (c.group) out.push([c.group, 1]);
  }
  return out;
}

const cell = { style: { textAlign: 'center', verticalAlign: 'middle' } } as const;

/** One statistics form as printed: header rows with the letters and numbers, rows with their Mã số. */
export function StatisticsFormTable({ form }: { form: StatisticsFormView }) {
  const { t } = useTranslation();
  const split = form.columns.filter((c) => c.group);
  const plain = form.columns.filter((c) => !c.group);
  const id = `sec-form-${form.code.slice(0, 4)}`;
  return (
    <SectionCard
      id={id}
      title={`${t('mov.stat.formCode', { code: form.code })} — ${form.title}`}
      help={`${form.circular} · ${form.period}`}
      aside={form.manual ? <Badge color="gray">{t('mov.stat.manual')}</Badge> : undefined}
      data-testid="statistics-form"
    >
      {form.unitLine && (
        <Text size="sm" fs="italic" ta="right">
          {form.unitLine}
        </Text>
      )}
      {/* a wide form scrolls sideways: focusable, so a keyboard can scroll it too (WCAG 2.1.1) */}
      <Table.ScrollContainer
        minWidth={form.columns.length > 6 ? 1100 : 640}
        type="native"
        tabIndex={0}
        aria-label={`${form.code} — ${form.title}`}
      >
        <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} {...cell}>
                {t('mov.stat.indicator')}
              </Table.Th>
              <Table.Th rowSpan={2} {...cell}>
                {t('mov.stat.code')}
              </Table.Th>
              {form.unitColumn && (
                <Table.Th rowSpan={2} {...cell}>
                  {t('mov.stat.unit')}
                </Table.Th>
              )}
              {plain.map((c) => (
                <Table.Th key={c.key} rowSpan={2} {...cell}>
                  {c.label}
                </Table.Th>
              ))}
              {groupsOf(form).map(([g, n]) => (
                <Table.Th key={g} colSpan={n} {...cell}>
                  {g}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {split.map((c) => (
                <Table.Th key={c.key} {...cell}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {[
                ...(form.unitColumn ? ['A', 'B', 'C'] : ['A', 'B']).map((letter) => ({
                  key: letter,
                  n: letter,
                })),
                ...[...plain, ...split].map((c) => ({ key: `n-${c.key}`, n: c.number })),
              ].map(({ key, n }) => (
                <Table.Th key={key} {...cell}>
                  {n}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.rows.map((r) => (
              <Table.Tr key={r.key} data-testid={r.code ? `row-${r.code}` : undefined}>
                <Table.Td fw={r.heading || r.code === '01' ? 700 : undefined}>{r.label}</Table.Td>
                <Table.Td ta="center">{r.code}</Table.Td>
                {form.unitColumn && <Table.Td ta="center">{r.unit}</Table.Td>}
                {[...plain, ...split].map((c) => {
                  const v = r.values[form.columns.indexOf(c)];
                  return (
                    <Table.Td key={c.key} ta="right" fw={r.code === '01' ? 700 : undefined}>
                      {v ?? ''}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt="xs">
        <Text size="xs" c="dimmed">
          {t('mov.stat.note')}: {form.note}
        </Text>
      </Group>
    </SectionCard>
  );
}
