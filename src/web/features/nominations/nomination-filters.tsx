import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  GENDERS,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  OCCUPATION_GROUPS,
} from '../../../shared/schemas/nominations';
import type { NominationFilters } from './queries';

const FILTER_KEYS = ['unitId', 'awardFormId', 'status', 'occupationGroup', 'gender', 'kind'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Option = { value: string; label: string };

/** The filters whose values are fixed (labelled by the catalog's `nom.<key>.<value>`). */
const ENUM_FILTERS: [Exclude<FilterKey, 'unitId' | 'awardFormId'>, readonly string[]][] = [
  ['status', NOMINATION_STATUSES],
  ['occupationGroup', OCCUPATION_GROUPS],
  ['gender', GENDERS],
  ['kind', NOMINATION_KINDS],
];

/** The list's filters, search and page, kept in the address (so a link shows the same list). */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const filters: NominationFilters = {
    ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined])) as NominationFilters),
    q: params.get('q') ?? undefined,
  };
  const setParam = (key: string, value: string | null) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the query
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced.trim()) setParam('q', debounced.trim() || null);
  }, [debounced]);
  return {
    params,
    filters,
    page: Math.max(1, Number(params.get('page')) || 1),
    setParam,
    search,
    setSearch,
    hasFilters: FILTER_KEYS.some((k) => params.get(k)) || !!params.get('q'),
    clear: () => {
      setSearch('');
      setParams(new URLSearchParams(), { replace: true });
    },
  };
}
export type ListParams = ReturnType<typeof useListParams>;

/** Search by name and one select per filter (units and forms come from the conference). */
export function FilterBar({ list, units, forms }: { list: ListParams; units: Option[]; forms: Option[] }) {
  const { t } = useTranslation();
  const selects: { key: FilterKey; label: string; data: Option[] }[] = [
    { key: 'unitId', label: t('nom.list.unit'), data: units },
    { key: 'awardFormId', label: t('nom.list.form'), data: forms },
    ...ENUM_FILTERS.map(([key, values]) => ({
      key,
      label: t(`nom.list.${key}` as const),
      data: values.map((v) => ({ value: v, label: t(`nom.${key}.${v}` as 'nom.status.draft') })),
    })),
  ];
  return (
    <>
      <TextInput
        label={t('nom.list.search')}
        description={t('nom.list.searchHint')}
        value={list.search}
        onChange={(e) => list.setSearch(e.currentTarget.value)}
        type="search"
        size="md"
      />
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm">
        {selects.map((s) => (
          <Select
            key={s.key}
            label={s.label}
            placeholder={t('nom.list.all')}
            data={s.data}
            value={list.params.get(s.key)}
            onChange={(v) => list.setParam(s.key, v)}
            clearable
            searchable={s.data.length > 8}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </SimpleGrid>
      {list.hasFilters && (
        <Group>
          <Button variant="subtle" size="xs" onClick={list.clear}>
            {t('nom.list.clear')}
          </Button>
        </Group>
      )}
    </>
  );
}
