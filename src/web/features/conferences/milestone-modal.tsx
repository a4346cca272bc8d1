import { Checkbox, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneView } from '../../../shared/schemas/conferences';
import { MILESTONE_KINDS, type MilestoneKind } from '../../../shared/schemas/enums';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { valuesFrom } from '../../lib/form-values';
import { formatDateRange } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { conferenceKey, conferencesKey, createMilestone, deleteMilestone, updateMilestone } from './queries';

type Values = {
  startDate: string;
  endDate: string;
  title: string;
  responsible: string;
  kind: MilestoneKind;
  startTime: string;
  done: boolean;
};

const EMPTY: Values = {
  startDate: '',
  endDate: '',
  title: '',
  responsible: '',
  kind: 'other',
  startTime: '',
  done: false,
};
const toValues = (m: MilestoneView | null): Values => valuesFrom(EMPTY, m);

type Props = {
  conferenceId: string;
  /** null: a new milestone. */
  milestone: MilestoneView | null;
  onClose: () => void;
};

/** Sửa/thêm mốc thời gian: date(s), content, responsible, done; server field errors and 409. */
export function MilestoneModal({ conferenceId, milestone, onClose }: Props) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(milestone?.version ?? 0);
  const form = useForm<Values>({
    initialValues: toValues(milestone),
    validate: {
      startDate: (v) => (v ? null : t('milestone.required')),
    },
  });
  const common = { invalidate: [conferenceKey(conferenceId), conferencesKey], form, onSuccess: onClose };
  const save = useApiMutation<Values, MilestoneView, MilestoneView>({
    ...common,
    mutationFn: (v) => {
      const body = {
        startDate: v.startDate,
        endDate: v.endDate || null,
        title: v.title,
        responsible: v.responsible,
        // Always sent: the server would otherwise reset a "submission deadline" to an ordinary one.
        kind: v.kind,
        startTime: v.startTime || null,
      };
      return milestone
        ? updateMilestone(conferenceId, milestone.id, { ...body, done: v.done, version })
        : createMilestone(conferenceId, body);
    },
    successMessage: t('milestone.saved'),
  });
  const remove = useApiMutation<number, void, MilestoneView>({
    ...common,
    mutationFn: (v) => deleteMilestone(conferenceId, milestone?.id ?? '', v),
    successMessage: t('milestone.deleted'),
  });
  const conflict = save.conflict ?? remove.conflict;

  const reload = () => {
    if (conflict) {
      form.setValues(toValues(conflict));
      form.resetDirty();
      setVersion(conflict.version);
    }
    save.clearConflict();
    remove.clearConflict();
  };

  return (
    <FormModal
      title={milestone ? t('milestone.editTitle') : t('milestone.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      saving={save.isPending || remove.isPending}
      error={save.error ?? remove.error}
      onDelete={milestone ? () => remove.mutateAsync(version).catch(() => undefined) : undefined}
      conflict={
        conflict && {
          onReload: reload,
          current: (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {formatDateRange(conflict.startDate, conflict.endDate)}
                {conflict.done ? ` · ${t('milestone.doneBadge')}` : ''}
              </Text>
              <Text size="sm">{conflict.title}</Text>
              <Text size="xs" c="dimmed">
                {conflict.responsible}
              </Text>
            </Stack>
          ),
        }
      }
    >
      <MilestoneFields form={form} isNew={!milestone} />
    </FormModal>
  );
}

function MilestoneFields({ form, isNew }: { form: UseFormReturnType<Values>; isNew: boolean }) {
  const { t } = useTranslation();
  const milestone = !isNew;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField
          label={t('milestone.startDate')}
          required
          value={form.values.startDate}
          onChange={(v) => form.setFieldValue('startDate', v ?? '')}
          error={form.errors.startDate}
        />
        <DateField
          label={t('milestone.endDate')}
          value={form.values.endDate}
          onChange={(v) => form.setFieldValue('endDate', v ?? '')}
          error={form.errors.endDate}
        />
      </SimpleGrid>
      <Textarea label={t('milestone.title')} autosize minRows={3} required {...form.getInputProps('title')} />
      <TextInput label={t('milestone.responsible')} {...form.getInputProps('responsible')} />
      <Select
        label={t('milestone.kind')}
        description={form.values.kind === 'submission_deadline' ? t('milestone.kindHelp') : undefined}
        data={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`nom.milestoneKind.${k}`) }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('kind')}
      />
      {form.values.kind !== 'other' && (
        <TextInput
          type="time"
          label={t('milestone.startTime')}
          description={form.values.kind === 'conference_day' ? t('milestone.startTimeHelp') : undefined}
          {...form.getInputProps('startTime')}
        />
      )}
      {milestone && (
        <Checkbox label={t('milestone.done')} {...form.getInputProps('done', { type: 'checkbox' })} />
      )}
    </>
  );
}
