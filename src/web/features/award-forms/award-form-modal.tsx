import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardFormView } from '../../../shared/schemas/award-forms';
import { AWARD_SUBJECTS, type AwardSubject } from '../../../shared/schemas/nominations';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { awardFormsKey, quotasKey } from '../nominations/queries';
import { createAwardForm, deleteAwardForm, updateAwardForm } from './queries';

type Values = {
  code: string;
  name: string;
  appliesTo: AwardSubject;
  prizeCoefficient: number | string;
  percent: number | string;
  operator: 'gte' | 'gt';
  base: 'present' | 'all';
  criteria: string[];
  /** '' = not set (no limit, no target) */
  maxHonorees: number | string;
  minHonorees: number | string;
  sortOrder: number | string;
};

/** An optional count as the API takes it: empty → null. */
const countOrNull = (v: number | string) => (v === '' ? null : Number(v));

const toValues = (f: AwardFormView | null): Values => ({
  code: f?.code ?? '',
  name: f?.name ?? '',
  appliesTo: f?.appliesTo ?? 'individual',
  prizeCoefficient: f?.prizeCoefficient ?? 0,
  percent: f?.approvalRule.percent ?? 70,
  operator: f?.approvalRule.operator ?? 'gte',
  base: f?.approvalRule.base ?? 'present',
  criteria: f?.criteria.length ? [...f.criteria] : [''],
  maxHonorees: f?.maxHonorees ?? '',
  minHonorees: f?.minHonorees ?? '',
  sortOrder: f?.sortOrder ?? 0,
});

/** The server's paths (approvalRule.percent) as the form's (percent). */
function mapFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k.replace(/^approvalRule\./, '')] = v;
  return out;
}

/**
 * Thêm/sửa hình thức khen thưởng: code, name, subject, prize coefficient, ballot rule, number of
 * honorees (maximum, minimum; equal = exact), criteria.
 */
export function AwardFormModal({
  conferenceId,
  form: awardForm,
  onClose,
}: {
  conferenceId: string;
  form: AwardFormView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(awardForm?.version ?? 0);
  const form = useForm<Values>({ initialValues: toValues(awardForm) });
  const common = {
    invalidate: [awardFormsKey(conferenceId), quotasKey(conferenceId)],
    form: { setErrors: (e: Record<string, string>) => form.setErrors(mapFields(e)) },
    onSuccess: onClose,
  };
  const save = useApiMutation<Values, AwardFormView, AwardFormView>({
    ...common,
    mutationFn: (v) => {
      const body = {
        code: v.code,
        name: v.name,
        appliesTo: v.appliesTo,
        prizeCoefficient: Number(v.prizeCoefficient) || 0,
        approvalRule: { percent: Number(v.percent), operator: v.operator, base: v.base },
        criteria: v.criteria.map((c) => c.trim()).filter(Boolean),
        maxHonorees: countOrNull(v.maxHonorees),
        minHonorees: countOrNull(v.minHonorees),
        sortOrder: Number(v.sortOrder) || 0,
      };
      return awardForm
        ? updateAwardForm(conferenceId, awardForm.id, { ...body, version })
        : createAwardForm(conferenceId, body);
    },
    successMessage: t('nom.forms.saved'),
  });
  const remove = useApiMutation<number, void, AwardFormView>({
    ...common,
    mutationFn: (v) => deleteAwardForm(conferenceId, awardForm?.id ?? '', v),
    successMessage: t('nom.forms.deleted'),
  });
  const conflict = save.conflict ?? remove.conflict;

  return (
    <FormModal
      title={awardForm ? t('nom.forms.editTitle') : t('nom.forms.addTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      saving={save.isPending || remove.isPending}
      error={save.error ?? remove.error}
      onDelete={awardForm ? () => remove.mutateAsync(version).catch(() => undefined) : undefined}
      conflict={
        conflict && {
          current: (
            <Text size="sm">
              {conflict.code} · {conflict.name} · {conflict.criteria.length}{' '}
              {t('nom.forms.criteria').toLowerCase()}
            </Text>
          ),
          onReload: () => {
            form.setValues(toValues(conflict));
            setVersion(conflict.version);
            save.clearConflict();
            remove.clearConflict();
          },
        }
      }
    >
      <AwardFormFields form={form} />
    </FormModal>
  );
}

function AwardFormFields({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('nom.forms.code')} required {...form.getInputProps('code')} />
        <Select
          label={t('nom.forms.appliesTo')}
          data={AWARD_SUBJECTS.map((s) => ({ value: s, label: t(`nom.appliesTo.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps('appliesTo')}
        />
        <NumberInput
          label={t('nom.forms.sortOrder')}
          min={0}
          allowDecimal={false}
          {...form.getInputProps('sortOrder')}
        />
      </SimpleGrid>
      <Textarea label={t('nom.forms.name')} required autosize minRows={1} {...form.getInputProps('name')} />
      <NumberInput
        label={t('nom.forms.prizeCoefficient')}
        min={0}
        max={100}
        decimalScale={2}
        decimalSeparator=","
        w={{ base: '100%', sm: 280 }}
        {...form.getInputProps('prizeCoefficient')}
      />
      <Text fw={600} size="sm">
        {t('nom.forms.approvalRule')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('nom.forms.operator')}
          data={[
            { value: 'gte', label: t('nom.forms.gte') },
            { value: 'gt', label: t('nom.forms.gt') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('operator')}
        />
        <NumberInput label={t('nom.forms.percent')} min={0} max={100} {...form.getInputProps('percent')} />
        <Select
          label={t('nom.forms.base')}
          data={[
            { value: 'present', label: t('nom.forms.basePresent') },
            { value: 'all', label: t('nom.forms.baseAll') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('base')}
        />
      </SimpleGrid>
      <Text fw={600} size="sm">
        {t('nom.forms.honorees')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('nom.forms.minHonorees')}
          description={t('nom.forms.minHonoreesHelp')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('minHonorees')}
        />
        <NumberInput
          label={t('nom.forms.maxHonorees')}
          description={t('nom.forms.maxHonoreesHelp')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('maxHonorees')}
        />
      </SimpleGrid>
      <Text fw={600} size="sm">
        {t('nom.forms.criteria')}
      </Text>
      {form.values.criteria.map((_, i) => (
        <Group key={form.key(`criteria.${i}`)} align="flex-start" gap="xs" wrap="nowrap">
          <Textarea
            aria-label={t('nom.forms.criterion', { n: i + 1 })}
            placeholder={t('nom.forms.criterion', { n: i + 1 })}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            {...form.getInputProps(`criteria.${i}`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`${t('common.remove')}: ${t('nom.forms.criterion', { n: i + 1 })}`}
            onClick={() => form.removeListItem('criteria', i)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('criteria', '')}>
          {t('nom.forms.addCriterion')}
        </Button>
      </Group>
    </>
  );
}
