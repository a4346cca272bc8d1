import { Alert, Checkbox, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneView } from '../../../shared/schemas/conferences';
import { MILESTONE_KINDS, type MilestoneKind } from '../../../shared/schemas/enums';
import { ConflictAlert } from '../../components/conflict-alert';
import { DateField } from '../../components/date-field';
import { ModalActions } from '../../components/modal-actions';
import { ApiError, api } from '../../lib/api';
import { formatDateRange } from '../../lib/format';
import { conferenceKey } from './queries';

type Values = {
  startDate: string;
  endDate: string;
  title: string;
  responsible: string;
  kind: MilestoneKind;
  done: boolean;
};

const toValues = (m: MilestoneView | null): Values => ({
  startDate: m?.startDate ?? '',
  endDate: m?.endDate ?? '',
  title: m?.title ?? '',
  responsible: m?.responsible ?? '',
  kind: m?.kind ?? 'other',
  done: m?.done ?? false,
});

type Props = {
  conferenceId: string;
  /** null: a new milestone. */
  milestone: MilestoneView | null;
  onClose: () => void;
};

/** Sửa/thêm mốc thời gian: date(s), content, responsible, done; server field errors and 409. */
export function MilestoneModal({ conferenceId, milestone, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(milestone?.version ?? 0);
  const [conflict, setConflict] = useState<MilestoneView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    initialValues: toValues(milestone),
    validate: {
      startDate: (v) => (v ? null : t('milestone.required')),
    },
  });

  const refresh = () => queryClient.invalidateQueries({ queryKey: conferenceKey(conferenceId) });
  const base = `/api/conferences/${conferenceId}/milestones`;

  const handleError = (err: unknown) => {
    if (err instanceof ApiError && err.isConflict) {
      setConflict((err.current as MilestoneView | null) ?? null);
      return;
    }
    if (err instanceof ApiError) {
      form.setErrors(err.fields);
      setError(err.message);
    } else setError(t('errors.generic'));
  };

  const submit = form.onSubmit(async (v) => {
    setError(null);
    setConflict(null);
    setSaving(true);
    const body = {
      startDate: v.startDate,
      endDate: v.endDate || null,
      title: v.title,
      responsible: v.responsible,
      // Always sent: the server would otherwise reset a "submission deadline" to an ordinary one.
      kind: v.kind,
    };
    try {
      if (milestone) await api('PUT', `${base}/${milestone.id}`, { ...body, done: v.done, version });
      else await api('POST', base, body);
      await refresh();
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ color: 'green', message: t('milestone.saved') });
      onClose();
    } catch (err) {
      handleError(err);
    } finally {
      setSaving(false);
    }
  });

  const remove = async () => {
    if (!milestone) return;
    setError(null);
    setSaving(true);
    try {
      await api('DELETE', `${base}/${milestone.id}?version=${version}`);
      await refresh();
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ message: t('milestone.deleted') });
      onClose();
    } catch (err) {
      handleError(err);
    } finally {
      setSaving(false);
    }
  };

  const reload = () => {
    if (conflict) {
      form.setValues(toValues(conflict));
      form.resetDirty();
      setVersion(conflict.version);
    }
    setConflict(null);
    void refresh();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={milestone ? t('milestone.editTitle') : t('milestone.addTitle')}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict && (
            <ConflictAlert
              onReload={reload}
              current={
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
              }
            />
          )}
          {error && !conflict && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
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
          <Textarea
            label={t('milestone.title')}
            autosize
            minRows={3}
            required
            {...form.getInputProps('title')}
          />
          <TextInput label={t('milestone.responsible')} {...form.getInputProps('responsible')} />
          <Select
            label={t('milestone.kind')}
            description={form.values.kind === 'submission_deadline' ? t('milestone.kindHelp') : undefined}
            data={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`nom.milestoneKind.${k}`) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          {milestone && (
            <Checkbox label={t('milestone.done')} {...form.getInputProps('done', { type: 'checkbox' })} />
          )}
          <ModalActions onDelete={milestone ? remove : undefined} onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}
