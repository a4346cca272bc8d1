import { Group, Paper, Select, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attributeKeys,
  flattenSubgroups,
  inSubgroup,
  subgroupIndex,
} from '../../../shared/rules/composition-tree';
import { hasAttribute } from '../../../shared/rules/delegate-composition';
import { matchesVietnamese } from '../../../shared/rules/vietnamese-text';
import type { DelegateView } from '../../../shared/schemas/delegates';
import type { DelegateRules } from '../../../shared/schemas/plan';
import { attributeText } from '../../lib/delegate-attributes';
import { ChooseAllBox, ChooseBox, ChosenInvitationsBar, useChosenDelegates } from './chosen-invitations';
import { DelegateRow } from './delegate-row';

/**
 * The columns and from which width each shows (Mantine breakpoints): on a phone the name carries
 * group, seat, unit and arrival underneath; on a laptop beside the gauge (1366 px) seat and unit go
 * under the name; from `xl` every column has its own. Nothing scrolls sideways, the actions stay
 * in view.
 */
const COLUMNS = [
  ['fullName', undefined],
  ['category', 'sm'],
  ['seatGroup', 'xl'],
  ['unit', 'xl'],
  ['rsvp', undefined],
  ['arrived', 'sm'],
] as const;

/** The list, searched by name (with or without diacritics) and filtered by group and by attribute. */
export function DelegatesTable({
  cid,
  items,
  rules,
  canManage,
  onEdit,
}: {
  cid: string;
  items: DelegateView[];
  rules: DelegateRules;
  /** Tick delegates to print their invitations or mark them sent (the office). */
  canManage: boolean;
  onEdit: (d: DelegateView) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [attribute, setAttribute] = useState<string | null>(null);
  // nhóm con: offered once a group with sub-groups is chosen; a node holds its children's delegates
  const [subgroup, setSubgroup] = useState<string | null>(null);
  const index = useMemo(() => subgroupIndex(rules), [rules]);
  const nodes = useMemo(() => {
    const c = rules.categories.find((x) => x.key === category);
    return c ? flattenSubgroups(c) : [];
  }, [rules, category]);
  const shown = useMemo(
    () =>
      items.filter(
        (d) =>
          (!category || d.category === category) &&
          (!subgroup || (category !== null && inSubgroup(index, category, d.subgroup, subgroup))) &&
          (!attribute || hasAttribute(d, attribute)) &&
          matchesVietnamese(d.fullName, q),
      ),
    [items, category, subgroup, index, attribute, q],
  );
  const chosen = useChosenDelegates(shown);
  return (
    <Paper withBorder p="sm">
      <Group gap="xs" mb="sm">
        <TextInput
          placeholder={t('del.list.search')}
          aria-label={t('del.list.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 180 }}
        />
        <Select
          placeholder={t('del.list.allCategories')}
          data={rules.categories.map((c) => ({ value: c.key, label: c.label }))}
          value={category}
          onChange={(c) => {
            setCategory(c);
            setSubgroup(null);
          }}
          clearable
          aria-label={t('del.columns.category')}
        />
        {nodes.length > 0 && (
          <Select
            placeholder={t('del.list.allSubgroups')}
            data={nodes.map((f) => ({
              value: f.node.key,
              label: `${'– '.repeat(f.path.length - 1)}${f.node.label}`,
            }))}
            value={subgroup}
            onChange={setSubgroup}
            clearable
            aria-label={t('del.list.subgroup')}
          />
        )}
        <Select
          placeholder={t('del.list.allAttributes')}
          data={attributeKeys(rules).map((a) => ({ value: a, label: attributeText(t, rules, a) }))}
          value={attribute}
          onChange={setAttribute}
          clearable
          aria-label={t('del.form.attributes')}
        />
        <Text size="sm" c="dimmed">
          {t('del.list.count', { count: shown.length })}
        </Text>
      </Group>
      {canManage && items.length > 0 && (
        <Group mb="sm">
          <ChosenInvitationsBar cid={cid} chosen={chosen} />
        </Group>
      )}
      {items.length === 0 ? (
        <Text c="dimmed">{t('del.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table striped highlightOnHover data-testid="delegates-table">
            <Table.Thead>
              <Table.Tr>
                {canManage && (
                  <Table.Th w={40}>
                    <ChooseAllBox chosen={chosen} />
                  </Table.Th>
                )}
                {COLUMNS.map(([c, from]) => (
                  <Table.Th key={c} visibleFrom={from}>
                    {t(`del.columns.${c}`)}
                  </Table.Th>
                ))}
                <Table.Th w={44}>
                  <VisuallyHidden>{t('del.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((d) => (
                <DelegateRow
                  key={d.id}
                  cid={cid}
                  d={d}
                  onEdit={() => onEdit(d)}
                  choose={canManage ? <ChooseBox d={d} chosen={chosen} /> : undefined}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
