import {
  Alert,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { attributeKeys } from '../../../shared/rules/composition-tree';
import { UNIT_TYPES } from '../../../shared/schemas/enums';
import type { UnitView } from '../../../shared/schemas/organizations';
import type { SpeechRulePart } from '../../../shared/schemas/plan';
import type { HonoreeView } from '../../../shared/schemas/selection';
import { attributeText } from '../../lib/delegate-attributes';
import { LinesEditor, RowControls, RowsEditor, rowLabel } from './list-editor';
import { DelegationQuotaFields } from './plan-fields-delegation';
import {
  AttributesEditor,
  SubgroupsEditor,
  scopeOf,
  scopeOptions,
  scopeValue,
} from './plan-fields-subgroups';
import { usePlanForm } from './plan-form-context';
import { blank } from './plan-values';

/** Đại biểu: cap, categories with shares (must add up to 100%), extra composition rules. */
export function DelegateFields() {
  const { t } = useTranslation();
  const { form, bind, errorOf } = usePlanForm();
  const r = form.values.delegateRules;
  const sum = r.categories.reduce((s, c) => s + (Number(c.sharePercent) || 0), 0);
  const sharesError = errorOf('delegateRules.categories');
  return (
    <Stack>
      <NumberInput label={t('planField.cap')} min={0} allowDecimal={false} {...bind('delegateRules.cap')} />
      <Fieldset legend={t('planField.categories')}>
        <RowsEditor
          path="delegateRules.categories"
          items={r.categories}
          showListError={false}
          addLabel={t('planEdit.addCategory')}
          newItem={() => blank.category(r.categories.length + 1)}
        >
          {(c, i) => {
            const p = `delegateRules.categories.${i}`;
            const name = c.label || t('common.item', { n: i + 1 });
            return (
              <Stack gap="xs" p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600} size="sm">
                    {name}
                  </Text>
                  <RowControls
                    path="delegateRules.categories"
                    index={i}
                    length={r.categories.length}
                    label={name}
                  />
                </Group>
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
                  <TextInput label={`${t('planField.categoryLabel')} ${i + 1}`} {...bind(`${p}.label`)} />
                  <TextInput label={`${t('planField.categoryKey')} ${i + 1}`} {...bind(`${p}.key`)} />
                  <NumberInput
                    label={`${t('planField.sharePercent')} — ${name}`}
                    min={0}
                    max={100}
                    suffix="%"
                    {...bind(`${p}.sharePercent`)}
                  />
                  <NumberInput
                    label={`${t('planField.minCount')} — ${name}`}
                    min={0}
                    allowDecimal={false}
                    {...bind(`${p}.minCount`)}
                  />
                </SimpleGrid>
                <Text size="sm" fw={600}>
                  {`${t('planField.subgroups')} — ${name}`}
                </Text>
                <SubgroupsEditor path={`${p}.subgroups`} nodes={c.subgroups} />
              </Stack>
            );
          }}
        </RowsEditor>
        <Text size="sm" mt="sm" fw={600} c={Math.abs(sum - 100) < 1e-6 ? 'green.8' : 'red.8'}>
          {t('planEdit.shareSum', { sum })}
        </Text>
        {sharesError && (
          <Alert color="red" mt="xs" role="alert" data-testid="shares-error">
            {sharesError}
          </Alert>
        )}
      </Fieldset>
      <Fieldset legend={t('planField.attributes')}>
        <AttributesEditor attributes={r.attributes} />
      </Fieldset>
      <Fieldset legend={t('planField.extraRules')}>
        <RowsEditor
          path="delegateRules.extraRules"
          items={r.extraRules}
          addLabel={t('planEdit.addRule')}
          newItem={blank.extraRule}
        >
          {(x, i) => {
            const p = `delegateRules.extraRules.${i}`;
            const name = x.label || t('common.item', { n: i + 1 });
            return (
              <Group align="flex-end" gap="xs" wrap="wrap">
                <TextInput {...rowLabel(i, t('planField.ruleLabel'))} w={220} {...bind(`${p}.label`)} />
                <Select
                  {...rowLabel(i, t('planField.operator'))}
                  w={130}
                  data={(['min', 'max', 'exact'] as const).map((o) => ({
                    value: o,
                    label: t(`operator.${o}`),
                  }))}
                  allowDeselect={false}
                  {...bind(`${p}.operator`)}
                />
                <NumberInput
                  {...rowLabel(i, t('planField.percent'))}
                  w={110}
                  min={0}
                  max={100}
                  {...bind(`${p}.percent`)}
                />
                <Select
                  {...rowLabel(i, t('planField.attribute'))}
                  w={240}
                  data={attributeKeys(r).map((a) => ({ value: a, label: attributeText(t, r, a) }))}
                  allowDeselect={false}
                  {...bind(`${p}.attribute`)}
                />
                <Select
                  {...rowLabel(i, t('planField.scope'))}
                  w={240}
                  data={scopeOptions(r, t('planEdit.scopeAll'))}
                  value={scopeValue(x.scope)}
                  onChange={(v) => form.setFieldValue(`${p}.scope`, scopeOf(v))}
                  allowDeselect={false}
                  error={errorOf(`${p}.scope.subgroup`) ?? errorOf(`${p}.scope.category`)}
                />
                <RowControls
                  path="delegateRules.extraRules"
                  index={i}
                  length={r.extraRules.length}
                  label={name}
                />
              </Group>
            );
          }}
        </RowsEditor>
      </Fieldset>
      <Textarea label={t('planField.delegateNote')} autosize minRows={1} {...bind('delegateRules.note')} />
    </Stack>
  );
}

/** A choice for a named part: the list's, plus the stored one if the list lacks it (still loading, renamed). */
function namedOptions(options: { value: string; label: string }[], id: string | undefined, label: string) {
  return id && !options.some((o) => o.value === id) ? [{ value: id, label }, ...options] : options;
}

/**
 * Tham luận: total and parts — by unit type, a named unit of the organizer, a named honoree or any
 * individual; guidance lines. Đi dự cấp trên: the quota.
 */
export function SpeechFields({ units, honorees }: { units: UnitView[]; honorees: HonoreeView[] }) {
  const { t } = useTranslation();
  const { form, bind, errorOf } = usePlanForm();
  const s = form.values.speechRule;
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const honoreeOptions = honorees.map((h) => ({
    value: h.nominationId,
    label: h.unitName && h.kind === 'individual' ? `${h.name} — ${h.unitName}` : h.name,
  }));
  // Choosing a unit or honoree names the part after it, unless the secretary worded it otherwise.
  const choose = (p: string, part: SpeechRulePart, field: 'unitId' | 'nominationId', id: string | null) => {
    const names = new Map<string, string>([
      ...units.map((u) => [u.id, u.name] as const),
      ...honorees.map((h) => [h.nominationId, h.name] as const),
    ]);
    const previous = part[field] ? names.get(part[field]) : undefined;
    form.setFieldValue(`${p}.${field}`, id ?? undefined);
    const name = id ? names.get(id) : undefined;
    if (name && (!part.label.trim() || part.label === previous)) form.setFieldValue(`${p}.label`, name);
  };
  return (
    <Stack>
      <NumberInput
        label={t('planField.speechTotal')}
        min={0}
        allowDecimal={false}
        {...bind('speechRule.total')}
      />
      <Fieldset legend={t('planField.speechParts')}>
        <RowsEditor
          path="speechRule.parts"
          items={s.parts}
          addLabel={t('planEdit.addPart')}
          newItem={blank.speechPart}
        >
          {(part, i) => {
            const p = `speechRule.parts.${i}`;
            const name = part.label || t('common.item', { n: i + 1 });
            return (
              <Group align="flex-end" gap="xs" wrap="wrap">
                <Select
                  {...rowLabel(i, t('planField.speechKind'))}
                  w={170}
                  data={[
                    { value: 'unit_type', label: t('planEdit.speechKindUnit') },
                    { value: 'unit', label: t('planEdit.speechKindNamedUnit') },
                    { value: 'honoree', label: t('planEdit.speechKindHonoree') },
                    { value: 'individual', label: t('planEdit.speechKindIndividual') },
                  ]}
                  allowDeselect={false}
                  {...bind(`${p}.kind`)}
                />
                {part.kind === 'unit_type' && (
                  <Select
                    {...rowLabel(i, t('planField.unitType'))}
                    w={190}
                    data={UNIT_TYPES.map((u) => ({ value: u, label: t(`unitType.${u}`) }))}
                    {...bind(`${p}.unitType`)}
                  />
                )}
                {part.kind === 'unit' && (
                  <Select
                    {...rowLabel(i, t('planField.speechUnit'))}
                    w={240}
                    searchable
                    data={namedOptions(unitOptions, part.unitId, part.label)}
                    value={part.unitId ?? null}
                    onChange={(v) => choose(p, part, 'unitId', v)}
                    error={errorOf(`${p}.unitId`)}
                  />
                )}
                {part.kind === 'honoree' && (
                  <Select
                    {...rowLabel(i, t('planField.speechHonoree'))}
                    w={280}
                    searchable
                    data={namedOptions(honoreeOptions, part.nominationId, part.label)}
                    value={part.nominationId ?? null}
                    onChange={(v) => choose(p, part, 'nominationId', v)}
                    error={errorOf(`${p}.nominationId`)}
                    description={honorees.length === 0 ? t('planEdit.noHonorees') : undefined}
                  />
                )}
                <TextInput {...rowLabel(i, t('planField.partLabel'))} w={200} {...bind(`${p}.label`)} />
                <NumberInput
                  {...rowLabel(i, t('planField.count'))}
                  w={100}
                  min={0}
                  allowDecimal={false}
                  {...bind(`${p}.count`)}
                />
                <RowControls path="speechRule.parts" index={i} length={s.parts.length} label={name} />
              </Group>
            );
          }}
        </RowsEditor>
      </Fieldset>
      <LinesEditor
        path="speechGuidance"
        items={form.values.speechGuidance}
        label={t('planField.speechGuidance')}
      />
      <DelegationQuotaFields />
    </Stack>
  );
}
