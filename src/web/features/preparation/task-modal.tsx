import { Alert, Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type TaskInput,
  type TaskKind,
  type TaskView,
  taskInputSchema,
} from '../../../shared/schemas/preparation';
import { ConflictAlert } from '../../components/conflict-alert';
import { ModalActions } from '../../components/modal-actions';
import { useApiMutation } from '../../lib/use-api-mutation';
import { taskApi, taskListKey } from './queries';
import { TaskFields, taskValues } from './task-fields';

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
  const [base, setBase] = useState<TaskView | null>(task);
  const form = useForm<TaskInput>({
    initialValues: taskValues(task, kind),
    validate: schemaResolver(taskInputSchema, { sync: true }),
  });
  const invalidate = [taskListKey(cid)];
  const save = useApiMutation<TaskInput, TaskView, TaskView>({
    mutationFn: (values) => (base ? taskApi.update(cid, base, values) : taskApi.create(cid, values)),
    invalidate,
    form,
    successMessage: t('prep.tasks.saved'),
    onSuccess: onClose,
  });
  const remove = useApiMutation({
    mutationFn: (b: TaskView) => taskApi.remove(cid, b),
    invalidate,
    successMessage: t('prep.tasks.deleted'),
    onSuccess: onClose,
  });
  const current = save.conflict;
  const error = save.error ?? remove.error;

  return (
    <Modal
      opened
      onClose={onClose}
      title={base ? t('prep.form.titleEdit') : t('prep.form.titleNew')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="sm">
          {error && <Alert color="red">{error}</Alert>}
          {current && (
            <ConflictAlert
              current={`${current.title} · ${t(`prep.status.${current.status}`)}`}
              onReload={() => {
                const fresh = { ...(base as TaskView), ...current };
                setBase(fresh);
                form.setValues(taskValues(fresh, kind));
                save.clearConflict();
              }}
            />
          )}
          <TaskFields cid={cid} form={form} />
          <ModalActions
            onDelete={
              base
                ? () =>
                    remove.mutateAsync(base).then(
                      () => undefined,
                      () => undefined,
                    )
                : undefined
            }
            onCancel={onClose}
            saving={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
