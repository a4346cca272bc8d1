import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../components/section-card';
import { preparationPath, useMyTasks } from './queries';
import { DueDate } from './task-badges';

/** "Việc của tôi": the actor's open tasks, overdue first (for the dashboard and the conference page). */
export function MyTasksCard({ conferenceId, limit = 5 }: { conferenceId: string; limit?: number }) {
  const { t } = useTranslation();
  const mine = useMyTasks(conferenceId);
  if (mine.isPending || mine.isError) return null;
  const items = [...mine.data.items].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'),
  );
  return (
    <SectionCard
      id="sec-my-tasks"
      title={
        <>
          {t('prep.myCard.title')}{' '}
          {items.length > 0 && (
            <Badge variant="light" size="sm">
              {items.length}
            </Badge>
          )}
        </>
      }
      headerMb="xs"
      aside={
        items.length > 0 && (
          <Anchor component={Link} to={preparationPath.tasks(conferenceId)} size="sm">
            {t('prep.myCard.more', { count: items.length })}
          </Anchor>
        )
      }
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('prep.myCard.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.slice(0, limit).map((task) => (
            <Group key={task.id} justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" lineClamp={1}>
                {task.title}
              </Text>
              <DueDate task={task} />
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
