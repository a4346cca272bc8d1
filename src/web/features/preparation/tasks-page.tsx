import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  TASK_STATUSES,
  type TaskKind,
  type TaskListView,
  type TaskStatus,
  type TaskView,
} from '../../../shared/schemas/preparation';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { ApiError, downloadFile } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { PrepPageHeader } from './page-header';
import { apiBase, preparationPath, taskApi, taskListKey, useTaskList } from './queries';
import { DueDate } from './task-badges';
import { TaskModal } from './task-modal';

const showError = (err: unknown, fallback: string) =>
  notifications.show({ color: 'red', message: err instanceof ApiError ? err.message : fallback });

function StatusSelect({ cid, task }: { cid: string; task: TaskView }) {
  const { t } = useTranslation();
  const save = useApiMutation({
    mutationFn: (status: TaskStatus) => taskApi.setStatus(cid, task, status),
    invalidate: [taskListKey(cid)],
    successMessage: t('prep.tasks.statusSaved'),
  });
  useEffect(() => {
    if (save.error) notifications.show({ color: 'red', message: save.error });
  }, [save.error]);
  return (
    <Select
      size="xs"
      w={130}
      data={TASK_STATUSES.map((s) => ({ value: s, label: t(`prep.status.${s}`) }))}
      value={task.status}
      onChange={(v) => v && v !== task.status && save.mutate(v as TaskStatus)}
      disabled={!task.permissions.canSetStatus}
      allowDeselect={false}
      aria-label={`${t('prep.tasks.colStatus')}: ${task.title}`}
    />
  );
}

function TaskTable({
  cid,
  items,
  onEdit,
}: {
  cid: string;
  items: TaskView[];
  onEdit: (t: TaskView) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <TableHead
          cells={[
            t('prep.tasks.colTitle'),
            t('prep.tasks.colOwner'),
            t('prep.tasks.colDue'),
            t('prep.tasks.colStatus'),
            t('prep.tasks.colCost'),
          ]}
        />
        <Table.Tbody>
          {items.map((task) => (
            <Table.Tr key={task.id} bg={task.overdue ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Td maw={420}>
                <Stack gap={2}>
                  {task.permissions.canEdit ? (
                    <Anchor component="button" type="button" ta="left" size="sm" onClick={() => onEdit(task)}>
                      {task.title}
                    </Anchor>
                  ) : (
                    <Text size="sm">{task.title}</Text>
                  )}
                  {task.notes && task.notes !== task.title && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {task.notes}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Text size="sm">{task.ownerText}</Text>
                  {task.mine && (
                    <Badge size="xs" variant="light">
                      {t('prep.tasks.mine')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <DueDate task={task} />
              </Table.Td>
              <Table.Td>
                <StatusSelect cid={cid} task={task} />
              </Table.Td>
              <Table.Td>
                {task.budgetLineTitle ? (
                  <Anchor component={Link} to={preparationPath.budget(cid)} size="sm">
                    {task.budgetLineTitle}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Title, the conference day, the ICS download, "Tạo từ kế hoạch" and "Thêm việc". */
function TasksHeader({ cid, list, onAdd }: { cid: string; list: TaskListView; onAdd: () => void }) {
  const { t } = useTranslation();
  const fromPlan = useApiMutation({
    mutationFn: () => taskApi.fromPlan(cid),
    invalidate: [taskListKey(cid)],
    onSuccess: (r) => notifications.show({ color: 'green', message: t('prep.tasks.fromPlanDone', r) }),
  });
  useEffect(() => {
    if (fromPlan.error) notifications.show({ color: 'red', message: fromPlan.error });
  }, [fromPlan.error]);
  return (
    <PrepPageHeader
      cid={cid}
      title={t('prep.tasks.title')}
      help={t('prep.tasks.help')}
      extra={
        list.conferenceDay && (
          <Text size="sm" fw={500}>
            {t('prep.tasks.conferenceDay', { date: formatDate(list.conferenceDay) })}
          </Text>
        )
      }
      actions={
        <>
          <Button
            variant="default"
            onClick={() =>
              void downloadFile(`${apiBase(cid)}/timeline.ics`, 'tien-do.ics').catch((e) =>
                showError(e, t('errors.generic')),
              )
            }
          >
            {t('prep.tasks.ics')}
          </Button>
          {list.permissions.canManage && (
            <>
              <Button variant="light" onClick={() => fromPlan.mutate()} loading={fromPlan.isPending}>
                {t('prep.tasks.fromPlan')}
              </Button>
              <Button onClick={onAdd}>{t('prep.tasks.add')}</Button>
            </>
          )}
        </>
      }
    />
  );
}

/** Công việc và danh mục hậu cần: owners, due dates, red overdue marks, "Việc của tôi". */
export function TasksPage() {
  const { conferenceId: cid = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('prep.tasks.title'));
  const list = useTaskList(cid);
  const [tab, setTab] = useState<TaskKind>('task');
  const [mine, setMine] = useState(false);
  const [editing, setEditing] = useState<TaskView | 'new' | null>(null);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const data = list.data;
  const shown = data.items.filter((i) => i.kind === tab && (!mine || i.mine));

  const progress = data.progress[tab];

  return (
    <Stack gap="md">
      <TasksHeader cid={cid} list={data} onAdd={() => setEditing('new')} />

      <Tabs value={tab} onChange={(v) => setTab((v as TaskKind) ?? 'task')}>
        <Tabs.List>
          <Tabs.Tab value="task">
            {t('prep.tasks.tabTasks', { done: data.progress.task.done, total: data.progress.task.total })}
          </Tabs.Tab>
          <Tabs.Tab value="logistics">
            {t('prep.tasks.tabLogistics', {
              done: data.progress.logistics.done,
              total: data.progress.logistics.total,
            })}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm">
              {t('prep.tasks.progress', { percent: progress.percent, overdue: progress.overdue })}
            </Text>
            <Switch
              label={t('prep.tasks.mine')}
              checked={mine}
              onChange={(e) => setMine(e.currentTarget.checked)}
            />
          </Group>
          <Progress value={progress.percent} color={progress.overdue ? 'red' : 'green'} aria-hidden />
          {shown.length === 0 ? (
            <Alert color="gray">{mine ? t('prep.tasks.emptyMine') : t('prep.tasks.empty')}</Alert>
          ) : (
            <TaskTable cid={cid} items={shown} onEdit={(task) => setEditing(task)} />
          )}
        </Stack>
      </Paper>
      {editing && (
        <TaskModal
          cid={cid}
          task={editing === 'new' ? null : editing}
          kind={tab}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
