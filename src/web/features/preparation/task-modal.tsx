import { Alert, Modal, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/schemas/enums';
import {
  TASK_STATUSES,
  type TaskKind,
  type TaskStatus,
  type TaskView,
} from '../../../shared/schemas/preparation';
import { ConflictAlert } from '../../components/conflict-alert';
import { DateField } from '../../components/date-field';
import { ModalActions } from '../../components/modal-actions';
import { ApiError, api } from '../../lib/api';
import { useApiForm } from '../../lib/use-api-form';
import { useBudget } from '../budget/queries';
import { apiBase, invalidateTasks, useOwnerCandidates } from './queries';

type Values = {
  kind: TaskKind;
  title: string;
  ownerRole: Role | null;
  ownerUserId: string | null;
  ownerUnitId: string | null;
  ownerLabel: string;
  dueDate: string | null;
  status: TaskStatus;
  notes: string;
  budgetLineId: string | null;
};

const initial = (task: TaskView | null, kind: TaskKind): Values => ({
  kind: task?.kind ?? kind,
  title: task?.title ?? '',
  ownerRole: task?.ownerRole ?? null,
  ownerUserId: task?.ownerUserId ?? null,
  ownerUnitId: task?.ownerUnitId ?? null,
  ownerLabel: task?.ownerLabel ?? '',
  dueDate: task?.dueDate ?? null,
  status: task?.status ?? 'todo',
  notes: task?.notes ?? '',
  budgetLineId: task?.budgetLineId ?? null,
});

/** Thêm / sửa công việc (the office). A stale save shows what is there now. */
export function TaskModal({
  cid,
  task,
  kind,
  onClose,
}: {
  cid: string;
  task: TaskView | null;
  kind: TaskKind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const owners = useOwnerCandidates(cid, true);
  const budget = useBudget(cid);
  const [base, setBase] = useState<TaskView | null>(task);
  const { values, setValues, set, errors, message, setMessage, saving, submitWith } = useApiForm<Values>(() =>
    initial(task, kind),
  );
  const [current, setCurrent] = useState<TaskView | null>(null);

  const submit = submitWith(
    async () => {
      if (base)
        await api<TaskView>('PUT', `${apiBase(cid)}/tasks/${base.id}`, { ...values, version: base.version });
      else await api<TaskView>('POST', `${apiBase(cid)}/tasks`, values);
      notifications.show({ color: 'green', message: t('prep.tasks.saved') });
      invalidateTasks(qc, cid);
      onClose();
    },
    (err) => setCurrent(err.current as TaskView),
  );

  const remove = base
    ? async () => {
        try {
          await api('DELETE', `${apiBase(cid)}/tasks/${base.id}?version=${base.version}`);
          notifications.show({ color: 'green', message: t('prep.tasks.deleted') });
          invalidateTasks(qc, cid);
          onClose();
        } catch (err) {
          setMessage(err instanceof ApiError ? err.message : t('errors.generic'));
        }
      }
    : undefined;

  return (
    <Modal
      opened
      onClose={onClose}
      title={base ? t('prep.form.titleEdit') : t('prep.form.titleNew')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {message && <Alert color="red">{message}</Alert>}
          {current && (
            <ConflictAlert
              current={`${current.title} · ${t(`prep.status.${current.status}`)}`}
              onReload={() => {
                setBase({ ...(base as TaskView), ...current });
                setValues(initial({ ...(base as TaskView), ...current }, kind));
                setCurrent(null);
              }}
            />
          )}
          <SegmentedControl
            value={values.kind}
            onChange={(v) => set('kind', v as TaskKind)}
            data={[
              { value: 'task', label: t('prep.form.kindTask') },
              { value: 'logistics', label: t('prep.form.kindLogistics') },
            ]}
          />
          <TextInput
            label={t('prep.form.name')}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
            required
          />
          <Select
            label={t('prep.form.ownerRole')}
            data={ROLES.filter((r) => r !== 'admin').map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={values.ownerRole}
            onChange={(v) => set('ownerRole', (v as Role | null) ?? null)}
            clearable
            error={errors.ownerRole}
          />
          <Select
            label={t('prep.form.ownerUser')}
            data={(owners.data?.users ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
            value={values.ownerUserId}
            onChange={(v) => set('ownerUserId', v ?? null)}
            searchable
            clearable
            error={errors.ownerUserId}
          />
          <Select
            label={t('prep.form.ownerUnit')}
            data={(owners.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={values.ownerUnitId}
            onChange={(v) => set('ownerUnitId', v ?? null)}
            searchable
            clearable
            error={errors.ownerUnitId}
          />
          <TextInput
            label={t('prep.form.ownerLabel')}
            value={values.ownerLabel}
            onChange={(e) => set('ownerLabel', e.currentTarget.value)}
            error={errors.ownerLabel}
          />
          <DateField
            label={t('prep.form.dueDate')}
            value={values.dueDate}
            onChange={(v) => set('dueDate', v)}
            error={errors.dueDate}
          />
          <Select
            label={t('prep.form.status')}
            data={TASK_STATUSES.map((s) => ({ value: s, label: t(`prep.status.${s}`) }))}
            value={values.status}
            onChange={(v) => v && set('status', v as TaskStatus)}
            allowDeselect={false}
          />
          <Select
            label={t('prep.form.budgetLine')}
            data={(budget.data?.lines ?? []).map((l) => ({
              value: l.id,
              label: `${t(`prep.budget.groups.${l.group}`)} · ${l.title}`,
            }))}
            value={values.budgetLineId}
            onChange={(v) => set('budgetLineId', v ?? null)}
            searchable
            clearable
            error={errors.budgetLineId}
          />
          <Textarea
            label={t('prep.form.notes')}
            value={values.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            autosize
            minRows={2}
            error={errors.notes}
          />
          <ModalActions onDelete={remove} onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}
