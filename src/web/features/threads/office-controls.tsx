import { Alert, Anchor, Button, Card, Group, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { THREAD_STATUSES, type ThreadStatus } from '../../../shared/rules/threads';
import type { ThreadView } from '../../../shared/schemas/threads';
import { ConflictAlert } from '../../components/conflict-alert';
import { useCurrentOrg } from '../../lib/current-org';
import { useApiMutation } from '../../lib/use-api-mutation';
import { assign, makeTask, setStatus, threadKey, threadsKey, useThreads } from './queries';

type Change =
  | { kind: 'status'; status: ThreadStatus }
  | { kind: 'assign'; id: string | null }
  | { kind: 'task' };

/** The office's handling: status, assignee, "Chuyển thành công việc" (each on the thread's version). */
export function OfficeControls({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const staff = useThreads(organization?.id, {}).data?.assignees ?? [];
  const change = useApiMutation<Change, ThreadView, ThreadView>({
    mutationFn: (c) =>
      c.kind === 'status'
        ? setStatus(thread, c.status)
        : c.kind === 'assign'
          ? assign(thread, c.id)
          : makeTask(thread),
    invalidate: [threadKey(thread.id), threadsKey],
  });
  return (
    <Card withBorder padding="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('threads.setStatus')}
          value={thread.status}
          disabled={change.isPending}
          onChange={(e) => change.mutate({ kind: 'status', status: e.currentTarget.value as ThreadStatus })}
          data={THREAD_STATUSES.map((s) => ({ value: s, label: t(`threads.status.${s}`) }))}
        />
        <NativeSelect
          label={t('threads.assign')}
          value={thread.assignee?.id ?? ''}
          disabled={change.isPending}
          onChange={(e) => change.mutate({ kind: 'assign', id: e.currentTarget.value || null })}
          data={[
            { value: '', label: t('threads.nobody') },
            ...staff.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        {thread.permissions.canMakeTask && (
          <Button variant="light" loading={change.isPending} onClick={() => change.mutate({ kind: 'task' })}>
            {t('threads.makeTask')}
          </Button>
        )}
        {thread.taskId && thread.conference && (
          <Text size="sm">
            {t('threads.taskMade')} —{' '}
            <Anchor component={Link} to={`/conferences/${thread.conference.id}/tasks`}>
              {t('threads.taskLink')}
            </Anchor>
          </Text>
        )}
      </Group>
      {change.error && (
        <Alert color="red" mt="sm">
          {change.error}
        </Alert>
      )}
      {change.conflict && <ConflictAlert current={null} onReload={() => change.reset()} />}
    </Card>
  );
}
