import { Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  MOVEMENT_LAUNCH_LEVELS,
  MOVEMENT_METHODS,
  MOVEMENT_SCOPES,
  type MovementInput,
  type MovementView,
  movementInputSchema,
} from '../../../shared/schemas/movements';
import type { ProgramView } from '../../../shared/schemas/program';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { formatDateRange } from '../../lib/format';
import { useEditForm } from '../../lib/use-edit-form';
import { useGet } from '../../lib/use-get';
import { useConferences } from '../conferences/queries';
import { programApi, programKey } from '../program/queries';
import { createMovement, movementsKey, updateMovement } from './queries';

const toValues = (m: MovementView | null): MovementInput => ({
  name: m?.name ?? '',
  method: m?.method ?? 'regular',
  scope: m?.scope ?? 'unit',
  launchLevel: m?.launchLevel ?? 'unit',
  startDate: m?.startDate ?? '',
  endDate: m?.endDate ?? null,
  launchDocument: m?.launchDocument ?? '',
  launchConferenceId: m?.launchConferenceId ?? null,
  launchAgendaItemId: m?.launchAgendaItemId ?? null,
  description: m?.description ?? '',
  resultSummary: m?.resultSummary ?? '',
});

type Props = { organizationId: string; movement: MovementView | null; onClose: () => void };

/** Thêm/sửa phong trào: method, scope, level, dates, the launch document, conference and agenda item. */
export function MovementModal({ organizationId, movement, onClose }: Props) {
  const { t } = useTranslation();
  const { form, bodyProps } = useEditForm({
    item: movement,
    toValues,
    validate: schemaResolver(movementInputSchema, { sync: true }),
    save: (v, version) =>
      movement ? updateMovement(organizationId, movement.id, v, version) : createMovement(organizationId, v),
    invalidate: [movementsKey(organizationId)],
    successMessage: t('mov.saved'),
    onSuccess: onClose,
  });
  const conferences = useConferences();
  const confId = form.values.launchConferenceId;
  const program = useGet<ProgramView>(programKey(confId ?? ''), programApi(confId ?? ''), {
    enabled: !!confId,
  });
  const choices = (group: 'method' | 'scope' | 'launchLevel', values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`mov.${group}.${v}` as 'mov.method.regular') }));
  const f = (key: keyof typeof form.values) => form.getInputProps(key);

  return (
    <FormModal
      title={movement ? t('mov.editTitle') : t('mov.addTitle')}
      size="lg"
      onClose={onClose}
      {...bodyProps((c) => (
        <Text size="sm">
          {c.name} · {formatDateRange(c.startDate, c.endDate)}
        </Text>
      ))}
    >
      <TextInput label={t('mov.field.name')} required {...f('name')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Select
          label={t('mov.field.method')}
          data={choices('method', MOVEMENT_METHODS)}
          allowDeselect={false}
          {...f('method')}
        />
        <Select
          label={t('mov.field.scope')}
          data={choices('scope', MOVEMENT_SCOPES)}
          allowDeselect={false}
          {...f('scope')}
        />
        <Select
          label={t('mov.field.launchLevel')}
          data={choices('launchLevel', MOVEMENT_LAUNCH_LEVELS)}
          allowDeselect={false}
          {...f('launchLevel')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField
          label={t('mov.field.startDate')}
          required
          value={form.values.startDate}
          onChange={(v) => form.setFieldValue('startDate', v ?? '')}
          error={form.errors.startDate}
        />
        <DateField
          label={t('mov.field.endDate')}
          description={t('mov.field.endDateHelp')}
          value={form.values.endDate}
          onChange={(v) => form.setFieldValue('endDate', v)}
          error={form.errors.endDate}
        />
      </SimpleGrid>
      <TextInput
        label={t('mov.field.launchDocument')}
        description={t('mov.field.launchDocumentHelp')}
        {...f('launchDocument')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('mov.field.launchConference')}
          placeholder={t('mov.field.noConference')}
          data={(conferences.data?.items ?? [])
            .filter((c) => c.organizationId === organizationId)
            .map((c) => ({ value: c.id, label: c.name }))}
          clearable
          {...f('launchConferenceId')}
          onChange={(v) => {
            form.setFieldValue('launchConferenceId', v);
            form.setFieldValue('launchAgendaItemId', null);
          }}
        />
        <Select
          label={t('mov.field.launchAgendaItem')}
          description={t('mov.field.launchAgendaItemHelp')}
          placeholder={t('mov.field.noItem')}
          disabled={!confId}
          data={(program.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.number}. ${i.title}` }))}
          clearable
          {...f('launchAgendaItemId')}
        />
      </SimpleGrid>
      <Textarea label={t('mov.field.description')} autosize minRows={2} {...f('description')} />
      <Textarea label={t('mov.field.resultSummary')} autosize minRows={2} {...f('resultSummary')} />
    </FormModal>
  );
}
