import { Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, ROLES } from '../../../shared/schemas/enums';
import type { UnitView } from '../../../shared/schemas/organizations';
import { LinesEditor, RowControls, RowsEditor, rowLabel } from './list-editor';
import { usePlanForm } from './plan-form-context';
import { blank } from './plan-values';

/** Văn nghệ chào mừng: unit, name as worded, min–max. */
export function PerformanceFields({ units }: { units: UnitView[] }) {
  const { t } = useTranslation();
  const { form, bind } = usePlanForm();
  const items = form.values.performanceAllocations;
  const unitOptions = [
    { value: '', label: t('planEdit.noUnit') },
    ...units.map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <Stack>
      <RowsEditor
        path="performanceAllocations"
        items={items}
        addLabel={t('planEdit.addAllocation')}
        newItem={blank.allocation}
      >
        {(a, i) => {
          const p = `performanceAllocations.${i}`;
          const name = a.unitName || t('common.item', { n: i + 1 });
          return (
            <Group align="flex-end" gap="xs" wrap="wrap">
              <Select
                {...rowLabel(i, t('planField.allocationUnit'))}
                w={240}
                data={unitOptions}
                searchable
                value={a.unitId ?? ''}
                onChange={(v) => form.setFieldValue(`${p}.unitId`, v || null)}
                error={form.errors[`${p}.unitId`]}
              />
              <TextInput {...rowLabel(i, t('planField.allocationName'))} w={220} {...bind(`${p}.unitName`)} />
              <NumberInput
                {...rowLabel(i, t('planField.min'), `${t('planField.min')} — ${name}`)}
                w={110}
                min={0}
                allowDecimal={false}
                {...bind(`${p}.min`)}
              />
              <NumberInput
                {...rowLabel(i, t('planField.max'), `${t('planField.max')} — ${name}`)}
                w={110}
                min={0}
                allowDecimal={false}
                {...bind(`${p}.max`)}
              />
              <RowControls path="performanceAllocations" index={i} length={items.length} label={name} />
            </Group>
          );
        }}
      </RowsEditor>
      <Textarea
        label={t('planField.performanceRequest')}
        autosize
        minRows={2}
        {...bind('performanceRequest')}
      />
    </Stack>
  );
}

/** Chương trình Hội nghị: ordered agenda items. */
export function AgendaFields() {
  const { t } = useTranslation();
  const { form, bind } = usePlanForm();
  const items = form.values.agendaTemplate;
  return (
    <Stack>
      <RowsEditor
        path="agendaTemplate"
        items={items}
        addLabel={t('planEdit.addAgenda')}
        newItem={blank.agendaItem}
      >
        {(_, i) => {
          const p = `agendaTemplate.${i}`;
          const name = t('common.item', { n: i + 1 });
          return (
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <Text w={28} ta="right" fw={600} pb={8}>
                {i + 1}.
              </Text>
              <Textarea
                {...rowLabel(i, t('planField.agendaTitle'))}
                autosize
                minRows={1}
                style={{ flex: 1 }}
                {...bind(`${p}.title`)}
              />
              <Select
                {...rowLabel(i, t('planField.agendaKind'))}
                w={170}
                data={AGENDA_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) }))}
                allowDeselect={false}
                visibleFrom="xs"
                {...bind(`${p}.kind`)}
              />
              <NumberInput
                {...rowLabel(i, t('planField.durationMinutes'))}
                w={110}
                min={0}
                allowDecimal={false}
                visibleFrom="sm"
                {...bind(`${p}.durationMinutes`)}
              />
              <RowControls path="agendaTemplate" index={i} length={items.length} label={name} />
            </Group>
          );
        }}
      </RowsEditor>
      <Textarea label={t('planField.creativeForms')} autosize minRows={2} {...bind('creativeForms')} />
    </Stack>
  );
}

/** Báo cáo tổng kết: intro, the two parts, general requirement. */
export function ReportFields() {
  const { t } = useTranslation();
  const { form, bind } = usePlanForm();
  const o = form.values.reportOutline;
  return (
    <Stack gap="lg">
      <Textarea label={t('planField.reportIntro')} autosize minRows={2} {...bind('reportOutline.intro')} />
      <LinesEditor path="reportOutline.reviewPart" items={o.reviewPart} label={t('planField.reviewPart')} />
      <LinesEditor
        path="reportOutline.directionsPart"
        items={o.directionsPart}
        label={t('planField.directionsPart')}
      />
      <Textarea
        label={t('planField.generalRequirement')}
        autosize
        minRows={2}
        {...bind('reportOutline.generalRequirement')}
      />
    </Stack>
  );
}

/** Các bước triển khai and phân công trách nhiệm. */
export function ImplementationFields() {
  const { t } = useTranslation();
  const { form, bind } = usePlanForm();
  const v = form.values;
  const roleOptions = [
    { value: '', label: t('planEdit.noRole') },
    ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
  ];
  return (
    <Stack gap="lg">
      <LinesEditor path="steps" items={v.steps} label={t('planField.steps')} />
      <Text fw={600}>{t('planField.responsibilities')}</Text>
      <RowsEditor
        path="responsibilities"
        items={v.responsibilities}
        addLabel={t('planEdit.addResponsibility')}
        newItem={blank.responsibility}
      >
        {(r, i) => {
          const p = `responsibilities.${i}`;
          const name = r.party || t('common.item', { n: i + 1 });
          return (
            <Stack gap="xs" p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
              <Group align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={`${t('planField.party')} ${i + 1}`}
                  style={{ flex: 1 }}
                  miw={220}
                  {...bind(`${p}.party`)}
                />
                <Select
                  label={`${t('planField.role')} ${i + 1}`}
                  w={240}
                  data={roleOptions}
                  value={r.role ?? ''}
                  onChange={(val) => form.setFieldValue(`${p}.role`, val || null)}
                />
                <RowControls
                  path="responsibilities"
                  index={i}
                  length={v.responsibilities.length}
                  label={name}
                />
              </Group>
              <Textarea
                label={`${t('planField.duties')} ${i + 1}`}
                autosize
                minRows={2}
                {...bind(`${p}.duties`)}
              />
            </Stack>
          );
        }}
      </RowsEditor>
    </Stack>
  );
}
