import { Alert, NumberInput, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/rules/display-format';
import {
  HONOUR_LEVELS,
  HONOUR_METHODS,
  type HonourFormView,
  type HonourInput,
  type HonourView,
  honourInputSchema,
} from '../../../shared/schemas/honours';
import { AWARD_SUBJECTS } from '../../../shared/schemas/nominations';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { createHonour, honoursKey, revokeHonour } from './queries';

/** Thu hồi: the reason is required; the honour stays in the register, counted nowhere. */
export function RevokeModal({
  orgId,
  honour,
  onClose,
}: {
  orgId: string;
  honour: HonourView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { reason: '' } });
  const revoke = useApiMutation({
    mutationFn: (v: { reason: string }) => revokeHonour(orgId, honour.id, v.reason),
    invalidate: [honoursKey(orgId)],
    form,
    onSuccess: onClose,
  });
  return (
    <FormModal
      title={t('honours.revoke.title')}
      onClose={onClose}
      onSubmit={form.onSubmit((v) => revoke.mutate(v))}
      saving={revoke.isPending}
      error={revoke.error}
      saveLabel={t('honours.revoke.confirm')}
      top={
        <Text>
          {honour.name} — {honour.formName} {honour.year} (
          {t('honours.decisionLine', {
            number: honour.decisionNumber,
            date: formatDate(honour.decisionDate),
          })}
          )
        </Text>
      }
    >
      <Text size="sm" c="dimmed">
        {t('honours.revoke.help')}
      </Text>
      <Textarea
        label={t('honours.revoke.reason')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}

type EntryValues = Omit<HonourInput, 'birthYear' | 'year' | 'prizeAmount'> & {
  birthYear: number | '';
  year: number | '';
  prizeAmount: number | '';
};

const initial: EntryValues = {
  kind: 'individual',
  name: '',
  birthYear: '',
  gender: null,
  unitName: '',
  formCode: '',
  year: '',
  decisionNumber: '',
  decisionDate: '',
  signerLevel: null,
  method: 'regular',
  category: null,
  achievement: '',
  achievementRef: '',
  movementId: null,
  prizeAmount: '',
};

const toInput = (v: EntryValues) => ({
  ...v,
  birthYear: v.birthYear === '' ? null : v.birthYear,
  year: v.year === '' ? undefined : v.year,
  prizeAmount: v.prizeAmount === '' ? 0 : v.prizeAmount,
});

/** Thêm khen thưởng (nhập tay): checked as an imported row is; the server names what is wrong. */
export function HonourEntryModal({
  orgId,
  forms,
  onClose,
}: {
  orgId: string;
  forms: HonourFormView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const resolver = schemaResolver(honourInputSchema, { sync: true });
  const form = useForm<EntryValues>({
    initialValues: initial,
    validate: (v) => resolver(toInput(v) as unknown as EntryValues),
  });
  const save = useApiMutation({
    mutationFn: (v: EntryValues) => createHonour(orgId, honourInputSchema.parse(toInput(v))),
    invalidate: [honoursKey(orgId)],
    form,
    successMessage: t('honours.entry.saved'),
    onSuccess: onClose,
  });
  const kind = form.values.kind;
  const formOptions = forms
    .filter((f) => f.appliesTo === kind)
    .map((f) => ({ value: f.code, label: `${f.code} — ${f.name}` }));
  return (
    <FormModal
      title={t('honours.entry.title')}
      size="xl"
      onClose={onClose}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      saving={save.isPending}
      error={save.error}
      top={
        <Text size="sm" c="dimmed">
          {t('honours.entry.help')}
        </Text>
      }
    >
      {forms.length === 0 && <Alert color="orange">{t('honours.entry.noForms')}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('honours.column.kind')}
          data={AWARD_SUBJECTS.map((k) => ({ value: k, label: t(`honours.kind.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('honours.column.name')} required {...form.getInputProps('name')} />
        {kind === 'individual' && (
          <NumberInput
            label={t('honours.column.birthYear')}
            hideControls
            {...form.getInputProps('birthYear')}
          />
        )}
        {kind === 'individual' && (
          <Select
            label={t('honours.column.gender')}
            data={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`honours.gender.${g}`) }))}
            clearable
            {...form.getInputProps('gender')}
          />
        )}
        <TextInput label={t('honours.column.unit')} {...form.getInputProps('unitName')} />
        <Select
          label={t('honours.column.form')}
          placeholder={t('honours.entry.formPlaceholder')}
          data={formOptions}
          searchable
          required
          {...form.getInputProps('formCode')}
        />
        <NumberInput label={t('honours.column.year')} hideControls required {...form.getInputProps('year')} />
        <TextInput
          label={t('honours.column.decisionNumber')}
          required
          {...form.getInputProps('decisionNumber')}
        />
        <DateField
          label={t('honours.column.decisionDate')}
          required
          value={form.values.decisionDate || null}
          onChange={(v) => form.setFieldValue('decisionDate', v ?? '')}
          error={form.errors.decisionDate}
        />
        <Select
          label={t('honours.column.level')}
          placeholder={t('honours.entry.levelFromForm')}
          data={HONOUR_LEVELS.map((l) => ({ value: l, label: t(`honours.level.${l}`) }))}
          clearable
          {...form.getInputProps('signerLevel')}
        />
        <Select
          label={t('honours.column.method')}
          data={HONOUR_METHODS.map((m) => ({ value: m, label: t(`honours.method.${m}`) }))}
          allowDeselect={false}
          {...form.getInputProps('method')}
        />
        <NumberInput
          label={t('honours.column.prize')}
          hideControls
          thousandSeparator="."
          decimalSeparator=","
          min={0}
          {...form.getInputProps('prizeAmount')}
        />
      </SimpleGrid>
      <Textarea
        label={t('honours.column.achievement')}
        autosize
        minRows={2}
        {...form.getInputProps('achievement')}
      />
      <TextInput label={t('honours.column.achievementRef')} {...form.getInputProps('achievementRef')} />
    </FormModal>
  );
}
