import { Button, Group, RingProgress, Stack, Table, Text } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf } from '../../../shared/rules/dashboard';
import { SectionCard } from '../../components/section-card';

// Small charts of our own (no chart library in the bundle): horizontal bars drawn in SVG, a donut
// from Mantine's RingProgress (SVG), and every chart's numbers in a real <table> behind a toggle.

export type ChartItem = { key: string; label: string; count: number };

const PALETTE = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo', 'yellow', 'red'];
const color = (i: number) => `var(--mantine-color-${PALETTE[i % PALETTE.length]}-6)`;
const fmt = (n: number) => n.toLocaleString('vi-VN');

/** A card with a title, a chart, and its numbers as a table the user can open. */
export function ChartCard({
  title,
  help,
  chart,
  table,
  testId,
}: {
  title: string;
  help?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <SectionCard id={`${id}-title`} title={title} help={help} headerMb="sm" data-testid={testId}>
      <Stack gap="sm">
        {chart}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={`${id}-table`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('dash.hideTable') : t('dash.showTable')}
          </Button>
        </Group>
        <div id={`${id}-table`} hidden={!open}>
          {open && <Table.ScrollContainer minWidth={280}>{table}</Table.ScrollContainer>}
        </div>
      </Stack>
    </SectionCard>
  );
}

/**
 * A table of numbers: a caption, the first column naming each row (a row header), the other columns
 * right-aligned, and an optional total row as the footer.
 */
export function NumberTable({
  caption,
  columns,
  rows,
  total,
}: {
  caption: string;
  /** The first column's title, then the number columns' titles. */
  columns: [string, ...string[]];
  rows: { key: string; label: ReactNode; cells: ReactNode[] }[];
  total?: ReactNode[];
}) {
  const { t } = useTranslation();
  const [first, ...numbers] = columns;
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{first}</Table.Th>
          {numbers.map((c) => (
            <Table.Th key={c} scope="col" ta="right">
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fw={400}>
              {r.label}
            </Table.Th>
            {r.cells.map((c, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the cells are the fixed columns
              <Table.Td key={n} ta="right">
                {c}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {total && (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('dash.total')}</Table.Th>
            {total.map((c, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the cells are the fixed columns
              <Table.Th key={n} ta="right">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}

/** Label, count and share of the whole, with the total as the last row. */
export function CountTable({ caption, items }: { caption: string; items: ChartItem[] }) {
  const { t } = useTranslation();
  const total = items.reduce((s, i) => s + i.count, 0);
  return (
    <NumberTable
      caption={caption}
      columns={[t('dash.colItem'), t('dash.colCount'), t('dash.colShare')]}
      rows={items.map((i) => ({
        key: i.key,
        label: i.label,
        cells: [fmt(i.count), `${percentOf(i.count, total)}%`],
      }))}
      total={[fmt(total), total > 0 ? '100%' : '0%']}
    />
  );
}

const ROW = 34;
const BAR = 12;

/**
 * Horizontal bars in SVG: the label and the number on one line, the bar below it across the whole
 * width, so long Vietnamese unit names stay readable on a 390 px phone. Bars are scaled to the largest.
 */
export function BarChart({ items, label, max }: { items: ChartItem[]; label: string; max?: number }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('dash.empty')}
      </Text>
    );
  const top = Math.max(1, max ?? Math.max(...items.map((i) => i.count)));
  const height = items.length * ROW;
  const summary = items.map((i) => `${i.label}: ${fmt(i.count)}`).join('; ');
  return (
    <svg width="100%" height={height} role="img" aria-label={`${label}. ${summary}`} data-chart="bar">
      {items.map((i, n) => {
        const y = n * ROW;
        const w = Math.min(100, (i.count / top) * 100);
        return (
          <g key={i.key}>
            <title>{`${i.label}: ${fmt(i.count)}`}</title>
            <text x="0" y={y + 13} fontSize="13" fill="var(--mantine-color-text)">
              {i.label.length > 44 ? `${i.label.slice(0, 43)}…` : i.label}
            </text>
            <text
              x="100%"
              y={y + 13}
              fontSize="13"
              fontWeight="700"
              textAnchor="end"
              fill="var(--mantine-color-text)"
            >
              {fmt(i.count)}
            </text>
            <rect x="0" y={y + 18} width="100%" height={BAR} rx="3" fill="var(--mantine-color-gray-2)" />
            {w > 0 && <rect x="0" y={y + 18} width={`${w}%`} height={BAR} rx="3" fill={color(n)} />}
          </g>
        );
      })}
    </svg>
  );
}

/** A donut (Mantine RingProgress, SVG) with a legend that carries the numbers. */
export function DonutChart({
  items,
  label,
  center,
}: {
  items: ChartItem[];
  label: string;
  center?: ReactNode;
}) {
  const { t } = useTranslation();
  const total = items.reduce((s, i) => s + i.count, 0);
  if (total === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('dash.empty')}
      </Text>
    );
  const shown = items.filter((i) => i.count > 0);
  return (
    <Group gap="md" wrap="wrap" align="center">
      <RingProgress
        size={150}
        thickness={20}
        roundCaps={false}
        aria-label={`${label}. ${shown.map((i) => `${i.label}: ${fmt(i.count)}`).join('; ')}`}
        role="img"
        label={
          <Text ta="center" fw={700} size="lg">
            {center ?? fmt(total)}
          </Text>
        }
        sections={shown.map((i) => ({
          value: (i.count / total) * 100,
          color: PALETTE[items.indexOf(i) % PALETTE.length]!,
          tooltip: `${i.label}: ${fmt(i.count)}`,
        }))}
      />
      <Stack gap={4} style={{ flex: 1, minWidth: 160 }}>
        {items.map((i, n) => (
          <Group key={i.key} gap={6} wrap="nowrap">
            <span
              aria-hidden
              style={{ width: 12, height: 12, borderRadius: 2, background: color(n), flexShrink: 0 }}
            />
            <Text size="sm" style={{ flex: 1 }}>
              {i.label}
            </Text>
            <Text size="sm" fw={700}>
              {fmt(i.count)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Group>
  );
}

/** One progress ring for a share (e.g. milestones passed). */
export function PercentRing({
  percent,
  label,
  color: c = 'blue',
}: {
  percent: number;
  label: string;
  color?: string;
}) {
  return (
    <RingProgress
      size={120}
      thickness={14}
      role="img"
      aria-label={`${label}: ${percent}%`}
      sections={[{ value: Math.min(100, percent), color: c }]}
      label={
        <Text ta="center" fw={700}>
          {percent}%
        </Text>
      }
    />
  );
}
