import { SegmentedControl, Select, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/schemas/enums';
import {
  TASK_STATUSES,
  type TaskInput,
  type TaskKind,
  type TaskView,
} from '../../../shared/schemas/preparation';
import { DateField } from '../../components/date-field';
import { useBudget } from '../budget/queries';
import { useOwnerCandidates } from './queries';

export const taskValues = (task: TaskView | null, kind: TaskKind): TaskInput => ({
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

/** Kind, name, owners (role, person, unit, wording), due date, status, budget line, notes. */
export function TaskFields({ cid, form }: { cid: string; form: UseFormReturnType<TaskInput> }) {
  const { t } = useTranslation();
  const owners = useOwnerCandidates(cid, true);
  const budget = useBudget(cid);
  const input = (key: keyof TaskInput) => form.getInputProps(key);
  return (
    <>
      <SegmentedControl
        value={form.values.kind}
        onChange={(v) => form.setFieldValue('kind', v as TaskKind)}
        data={[
          { value: 'task', label: t('prep.form.kindTask') },
          { value: 'logistics', label: t('prep.form.kindLogistics') },
        ]}
      />
      <TextInput label={t('prep.form.name')} {...input('title')} required />
      <Select
        label={t('prep.form.ownerRole')}
        data={ROLES.filter((r) => r !== 'admin').map((r) => ({ value: r, label: t(`role.${r}`) }))}
        {...input('ownerRole')}
        clearable
      />
      <Select
        label={t('prep.form.ownerUser')}
        data={(owners.data?.users ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
        {...input('ownerUserId')}
        searchable
        clearable
      />
      <Select
        label={t('prep.form.ownerUnit')}
        data={(owners.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
        {...input('ownerUnitId')}
        searchable
        clearable
      />
      <TextInput label={t('prep.form.ownerLabel')} {...input('ownerLabel')} />
      <DateField
        label={t('prep.form.dueDate')}
        value={form.values.dueDate}
        onChange={(v) => form.setFieldValue('dueDate', v)}
        error={form.errors.dueDate}
      />
      <Select
        label={t('prep.form.status')}
        data={TASK_STATUSES.map((s) => ({ value: s, label: t(`prep.status.${s}`) }))}
        {...input('status')}
        allowDeselect={false}
      />
      <Select
        label={t('prep.form.budgetLine')}
        data={(budget.data?.lines ?? []).map((l) => ({
          value: l.id,
          label: `${t(`prep.budget.groups.${l.group}`)} · ${l.title}`,
        }))}
        {...input('budgetLineId')}
        searchable
        clearable
      />
      <Textarea label={t('prep.form.notes')} {...input('notes')} autosize minRows={2} />
    </>
  );
}
