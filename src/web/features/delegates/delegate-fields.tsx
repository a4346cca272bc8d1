import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { DelegateView } from '../../../shared/schemas/delegates';
import type { DelegateRules } from '../../../shared/schemas/plan';
import { attributeOptions, subgroupOptions } from '../../lib/delegate-attributes';
import { valuesFrom } from '../../lib/form-values';

export type DelegateFormValues = {
  category: string;
  subgroup: string;
  fullName: string;
  gender: 'male' | 'female' | null;
  attributes: string[];
  title: string;
  unitName: string;
  seatGroup: string;
  phone: string;
  email: string;
  note: string;
};

const guestCategory = (rules: DelegateRules) =>
  (rules.categories.find((c) => !c.fromHonorees) ?? rules.categories[0])?.key ?? '';

export function initialDelegateValues(rules: DelegateRules, d: DelegateView | null): DelegateFormValues {
  const empty: DelegateFormValues = {
    category: guestCategory(rules),
    subgroup: '',
    fullName: '',
    gender: null,
    attributes: [],
    title: '',
    unitName: '',
    seatGroup: '',
    phone: '',
    email: '',
    note: '',
  };
  return valuesFrom(empty, d);
}

/** The fields of a delegate (all of them for the office; `full` false: a walk-in at the door). */
export function DelegateFields({
  form,
  rules,
  full,
}: {
  form: UseFormReturnType<DelegateFormValues>;
  rules: DelegateRules;
  full: boolean;
}) {
  const { t } = useTranslation();
  const category = rules.categories.find((c) => c.key === form.values.category);
  const text = (key: keyof DelegateFormValues) => form.getInputProps(key);
  return (
    <>
      <Select
        label={t('del.form.category')}
        data={rules.categories.map((c) => ({ value: c.key, label: c.label }))}
        {...form.getInputProps('category')}
        onChange={(v) => form.setValues({ category: v ?? '', subgroup: '' })}
        allowDeselect={false}
        required
      />
      {category && category.subgroups.length > 0 && (
        <Select
          label={t('del.form.subgroup')}
          data={subgroupOptions(category)}
          {...form.getInputProps('subgroup')}
          value={form.values.subgroup || null}
          onChange={(v) => form.setFieldValue('subgroup', v ?? '')}
          clearable
        />
      )}
      <TextInput label={t('del.form.fullName')} {...text('fullName')} required data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('del.form.gender')}
          data={[
            { value: 'male', label: t('del.gender.male') },
            { value: 'female', label: t('del.gender.female') },
          ]}
          {...form.getInputProps('gender')}
          onChange={(v) => form.setFieldValue('gender', (v as DelegateFormValues['gender']) ?? null)}
          clearable
        />
        <TextInput label={t('del.form.seatGroup')} {...text('seatGroup')} />
        <TextInput label={t('del.form.title')} {...text('title')} />
        <TextInput label={t('del.form.unitName')} {...text('unitName')} />
        <TextInput label={t('del.form.phone')} type="tel" {...text('phone')} />
        {full && <TextInput label={t('del.form.email')} type="email" {...text('email')} />}
      </SimpleGrid>
      {full && (
        <MultiSelect
          label={t('del.form.attributes')}
          data={attributeOptions(t, rules)}
          {...form.getInputProps('attributes')}
        />
      )}
      <Textarea label={t('del.form.note')} {...text('note')} autosize minRows={1} />
    </>
  );
}
