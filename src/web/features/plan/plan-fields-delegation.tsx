import { Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DELEGATE_ATTRIBUTES } from '../../../shared/schemas/enums';
import { NOMINATION_KINDS } from '../../../shared/schemas/nominations';
import { DELEGATION_QUOTA_DIMENSIONS, type DelegationQuotaPart } from '../../../shared/schemas/plan';
import { RowControls, RowsEditor, rowLabel } from './list-editor';
import { usePlanForm } from './plan-form-context';
import { blank } from './plan-values';

const OPS = ['exact', 'max', 'min'] as const;

/**
 * Đi dự cấp trên: the upper-level conference, its collectives and individuals, and the parts of
 * the delegation by kind, delegate category or attribute ("trong đó 1 khách mời").
 */
export function DelegationQuotaFields() {
  const { t } = useTranslation();
  const { form, bind } = usePlanForm();
  const q = form.values.delegationQuota;
  const parts = q.parts;
  // a plan saved before parts existed has none: give the editor a list to add to
  useEffect(() => {
    if (!parts) form.setFieldValue('delegationQuota.parts', []);
  }, [parts, form]);
  const valuesOf = (dimension: DelegationQuotaPart['dimension']) => {
    if (dimension === 'kind') return NOMINATION_KINDS.map((k) => ({ value: k, label: t(`nom.kind.${k}`) }));
    if (dimension === 'category') {
      return form.values.delegateRules.categories.map((c) => ({ value: c.key, label: c.label || c.key }));
    }
    return DELEGATE_ATTRIBUTES.map((a) => ({ value: a, label: t(`delegateAttribute.${a}`) }));
  };
  return (
    <Fieldset legend={t('planEdit.delegation')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput label={t('planField.targetName')} {...bind('delegationQuota.targetName')} />
          <NumberInput
            label={t('planField.collectives')}
            min={0}
            allowDecimal={false}
            {...bind('delegationQuota.collectives')}
          />
          <NumberInput
            label={t('planField.individuals')}
            min={0}
            allowDecimal={false}
            {...bind('delegationQuota.individuals')}
          />
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('planField.quotaParts')}
        </Text>
        <RowsEditor
          path="delegationQuota.parts"
          items={parts ?? []}
          addLabel={t('planEdit.addQuotaPart')}
          newItem={blank.quotaPart}
        >
          {(part, i) => {
            const p = `delegationQuota.parts.${i}`;
            const options = valuesOf(part.dimension);
            const name = options.find((o) => o.value === part.value)?.label ?? t('common.item', { n: i + 1 });
            return (
              <Group align="flex-end" gap="xs" wrap="wrap">
                <Select
                  {...rowLabel(
                    i,
                    t('planField.quotaDimension'),
                    t('planField.quotaPartField', { field: t('planField.quotaDimension'), n: i + 1 }),
                  )}
                  w={190}
                  data={DELEGATION_QUOTA_DIMENSIONS.map((d) => ({
                    value: d,
                    label: t(`planField.quotaDimensions.${d}`),
                  }))}
                  allowDeselect={false}
                  {...bind(`${p}.dimension`)}
                  onChange={(d) => {
                    if (!d) return;
                    form.setFieldValue(`${p}.dimension`, d);
                    form.setFieldValue(
                      `${p}.value`,
                      valuesOf(d as DelegationQuotaPart['dimension'])[0]?.value ?? '',
                    );
                  }}
                />
                <Select
                  {...rowLabel(
                    i,
                    t('planField.quotaValue'),
                    t('planField.quotaPartField', { field: t('planField.quotaValue'), n: i + 1 }),
                  )}
                  w={240}
                  data={options}
                  allowDeselect={false}
                  {...bind(`${p}.value`)}
                />
                <Select
                  {...rowLabel(
                    i,
                    t('planField.quotaOp'),
                    t('planField.quotaPartField', { field: t('planField.quotaOp'), n: i + 1 }),
                  )}
                  w={130}
                  data={OPS.map((o) => ({ value: o, label: t(`planField.quotaOps.${o}`) }))}
                  allowDeselect={false}
                  value={part.op ?? 'exact'}
                  onChange={(o) => o && form.setFieldValue(`${p}.op`, o)}
                />
                <NumberInput
                  {...rowLabel(
                    i,
                    t('planField.count'),
                    t('planField.quotaPartField', { field: t('planField.count'), n: i + 1 }),
                  )}
                  w={110}
                  min={0}
                  allowDecimal={false}
                  {...bind(`${p}.count`)}
                />
                <RowControls
                  path="delegationQuota.parts"
                  index={i}
                  length={parts?.length ?? 0}
                  label={name}
                />
              </Group>
            );
          }}
        </RowsEditor>
      </Stack>
    </Fieldset>
  );
}
