import {
  Autocomplete,
  Checkbox,
  NumberInput,
  Select,
  SimpleGrid,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ELIGIBILITY_RULE_KINDS,
  type EligibilityParams,
  type EligibilityRuleInput,
  type EligibilityRuleKind,
  type EligibilityRuleView,
} from '../../../shared/schemas/honours';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useEditForm } from '../../lib/use-edit-form';
import {
  createEligibilityRule,
  deleteEligibilityRule,
  eligibilityRulesKey,
  updateEligibilityRule,
} from './queries';

type Values = {
  formCode: string;
  kind: EligibilityRuleKind;
  forms: string[];
  count: number | string;
  years: number | string;
  includeSameYear: boolean;
  validFrom: string | null;
  validTo: string | null;
  note: string;
  isExample: boolean;
};

const toValues = (r: EligibilityRuleView | null): Values => {
  const p = r?.params;
  return {
    formCode: r?.formCode ?? '',
    kind: p?.kind ?? 'requires_prior',
    forms: p && 'forms' in p ? [...p.forms] : [],
    count: p?.kind === 'requires_prior' ? p.count : 1,
    years: p && 'years' in p ? p.years : 1,
    includeSameYear: p?.kind === 'requires_prior' ? p.includeSameYear : false,
    validFrom: r?.validFrom ?? null,
    validTo: r?.validTo ?? null,
    note: r?.note ?? '',
    isExample: r?.isExample ?? false,
  };
};

/** The condition's parameters as its kind takes them. */
function paramsOf(v: Values): EligibilityParams {
  const years = Number(v.years);
  switch (v.kind) {
    case 'requires_prior':
      return {
        kind: v.kind,
        forms: v.forms,
        count: Number(v.count),
        years,
        includeSameYear: v.includeSameYear,
      };
    case 'consecutive':
      return { kind: v.kind, forms: v.forms, years };
    case 'min_gap':
      return { kind: v.kind, forms: v.forms, years };
    default:
      return { kind: v.kind };
  }
}

const toBody = (v: Values): EligibilityRuleInput => ({
  formCode: v.formCode.trim(),
  params: paramsOf(v),
  validFrom: v.validFrom ?? '',
  validTo: v.validTo || null,
  note: v.note,
  isExample: v.isExample,
});

/**
 * Thêm / sửa một điều kiện: the form it applies to, its kind and that kind's numbers, its period
 * (valid from / to), a note and whether it is an example. Form codes are picked from the register's
 * catalogue or typed (the server names any it does not know).
 */
export function RuleModal({
  orgId,
  rule,
  formOptions,
  onClose,
}: {
  orgId: string;
  rule: EligibilityRuleView | null;
  formOptions: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const edit = useEditForm<EligibilityRuleView, Values>({
    item: rule,
    toValues,
    save: (v, version) =>
      rule
        ? updateEligibilityRule(orgId, rule.id, { ...toBody(v), version })
        : createEligibilityRule(orgId, toBody(v)),
    invalidate: [eligibilityRulesKey(orgId)],
    successMessage: t('elig.rules.saved'),
    onSuccess: onClose,
  });
  const { form } = edit;
  const remove = useApiMutation<number, null, EligibilityRuleView>({
    mutationFn: (version) => deleteEligibilityRule(orgId, rule?.id ?? '', version),
    invalidate: [eligibilityRulesKey(orgId)],
    successMessage: t('elig.rules.deleted'),
    onSuccess: onClose,
  });
  const v = form.values;
  const input = (k: keyof Values) => form.getInputProps(k);
  // the server names the parameters' fields under "params."
  const err = (k: string) => form.errors[k] ?? form.errors[`params.${k}`];
  const withForms = v.kind === 'requires_prior' || v.kind === 'consecutive' || v.kind === 'min_gap';
  return (
    <FormModal
      title={rule ? t('elig.rules.edit') : t('elig.rules.add')}
      size="lg"
      onClose={onClose}
      {...edit.bodyProps((current) => (
        <Text size="sm">
          {current.formCode} · {t(`elig.kind.${current.params.kind}`)}
        </Text>
      ))}
      error={edit.save.error ?? remove.error ?? (remove.conflict !== null ? t('errors.conflictTitle') : null)}
      onDelete={rule ? () => remove.mutateAsync(rule.version).catch(() => undefined) : undefined}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Autocomplete label={t('elig.rules.formCode')} data={formOptions} required {...input('formCode')} />
        <Select
          label={t('elig.rules.kind')}
          data={ELIGIBILITY_RULE_KINDS.map((k) => ({ value: k, label: t(`elig.kind.${k}`) }))}
          allowDeselect={false}
          {...input('kind')}
        />
      </SimpleGrid>
      {withForms && (
        <TagsInput
          label={v.kind === 'min_gap' ? t('elig.rules.formsGap') : t('elig.rules.forms')}
          data={formOptions.map((o) => o.value)}
          value={v.forms}
          onChange={(forms) =>
            form.setFieldValue(
              'forms',
              forms.map((f) => f.trim().toUpperCase()),
            )
          }
          error={err('forms')}
          clearable
        />
      )}
      {withForms && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('elig.rules.years')}
            min={1}
            max={50}
            allowDecimal={false}
            {...input('years')}
            error={err('years')}
          />
          {v.kind === 'requires_prior' && (
            <NumberInput
              label={t('elig.rules.count')}
              min={1}
              max={20}
              allowDecimal={false}
              {...input('count')}
              error={err('count')}
            />
          )}
          {v.kind === 'requires_prior' && (
            <Checkbox
              mt={{ sm: 30 }}
              label={t('elig.rules.includeSameYear')}
              {...form.getInputProps('includeSameYear', { type: 'checkbox' })}
            />
          )}
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('elig.rules.validFrom')}
          required
          value={v.validFrom}
          onChange={(d) => form.setFieldValue('validFrom', d)}
          error={form.errors.validFrom}
        />
        <DateField
          label={t('elig.rules.validTo')}
          description={t('elig.rules.validToHelp')}
          value={v.validTo}
          onChange={(d) => form.setFieldValue('validTo', d)}
          error={form.errors.validTo}
        />
      </SimpleGrid>
      <Textarea label={t('elig.rules.note')} autosize minRows={2} maxLength={1000} {...input('note')} />
      <Checkbox
        label={t('elig.rules.isExample')}
        {...form.getInputProps('isExample', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
