import { Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AWARD_SUBJECTS } from '../../../shared/schemas/nominations';
import type { HonourFilters } from './queries';

const TEXT_KEYS = ['q', 'unit'] as const;
const KEYS = ['q', 'unit', 'formCode', 'yearFrom', 'yearTo', 'kind'] as const;

/** The lookup's conditions and page, kept in the address (a link shows the same lookup). */
export function useRegisterParams() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState({ q: params.get('q') ?? '', unit: params.get('unit') ?? '' });
  const [debounced] = useDebouncedValue(text, 300);
  const year = (k: string) => {
    const n = Number(params.get(k));
    return Number.isInteger(n) && n >= 1945 && n <= 2100 ? n : undefined;
  };
  const filters: HonourFilters = {
    q: params.get('q') ?? undefined,
    unit: params.get('unit') ?? undefined,
    formCode: params.get('formCode') ?? undefined,
    yearFrom: year('yearFrom'),
    yearTo: year('yearTo'),
    kind: (params.get('kind') as HonourFilters['kind']) ?? undefined,
  };
  const setParam = (key: string, value: string | null) =>
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the query
  useEffect(() => {
    for (const k of TEXT_KEYS) {
      if ((params.get(k) ?? '') !== debounced[k].trim()) setParam(k, debounced[k].trim() || null);
    }
  }, [debounced]);
  return {
    params,
    filters,
    page: Math.max(1, Number(params.get('page')) || 1),
    setParam,
    text,
    setText: (k: (typeof TEXT_KEYS)[number], v: string) => setText((prev) => ({ ...prev, [k]: v })),
    hasFilters: KEYS.some((k) => params.get(k)),
    clear: () => {
      setText({ q: '', unit: '' });
      setParams(new URLSearchParams(), { replace: true });
    },
  };
}
export type RegisterParams = ReturnType<typeof useRegisterParams>;

/** Tra cứu: name (with or without diacritics), unit, form, years, kind. */
export function RegisterFilters({
  list,
  forms,
}: {
  list: RegisterParams;
  forms: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const yearInput = (key: 'yearFrom' | 'yearTo', label: string) => (
    <NumberInput
      label={label}
      value={list.params.get(key) ?? ''}
      onChange={(v) => list.setParam(key, v === '' ? null : String(v))}
      min={1945}
      max={2100}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      inputMode="numeric"
    />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('honours.register.q')}
          placeholder={t('honours.register.qPlaceholder')}
          value={list.text.q}
          onChange={(e) => list.setText('q', e.currentTarget.value)}
          type="search"
          size="md"
        />
        <TextInput
          label={t('honours.register.unit')}
          value={list.text.unit}
          onChange={(e) => list.setText('unit', e.currentTarget.value)}
          type="search"
          size="md"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Select
          label={t('honours.register.form')}
          placeholder={t('honours.register.allForms')}
          data={forms}
          value={list.params.get('formCode')}
          onChange={(v) => list.setParam('formCode', v)}
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('honours.register.kind')}
          placeholder={t('honours.register.allKinds')}
          data={AWARD_SUBJECTS.map((k) => ({ value: k, label: t(`honours.kind.${k}`) }))}
          value={list.params.get('kind')}
          onChange={(v) => list.setParam('kind', v)}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        {yearInput('yearFrom', t('honours.register.yearFrom'))}
        {yearInput('yearTo', t('honours.register.yearTo'))}
      </SimpleGrid>
      {list.hasFilters && (
        <Group>
          <Button variant="subtle" size="xs" onClick={list.clear}>
            {t('honours.register.clear')}
          </Button>
        </Group>
      )}
    </>
  );
}
