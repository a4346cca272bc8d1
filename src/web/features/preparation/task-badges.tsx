import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../../shared/schemas/preparation';
import { formatDate } from '../../lib/format';

/** The due date with a red "Quá hạn" or a yellow "Sắp đến hạn" mark. */
export function DueDate({ task }: { task: Pick<TaskView, 'dueDate' | 'overdue' | 'dueSoon'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <span>{task.dueDate ? formatDate(task.dueDate) : '—'}</span>
      {task.overdue && (
        <Badge color="red" size="sm" variant="filled" data-testid="overdue" style={{ flexShrink: 0 }}>
          {t('prep.tasks.overdue')}
        </Badge>
      )}
      {task.dueSoon && (
        <Badge color="yellow" size="sm" variant="light">
          {t('prep.tasks.dueSoon')}
        </Badge>
      )}
    </Group>
  );
}

export const STATUS_COLORS = { todo: 'gray', in_progress: 'blue', done: 'green', cancelled: 'dark' } as const;
