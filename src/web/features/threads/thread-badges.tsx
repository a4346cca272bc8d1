import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ThreadStatus } from '../../../shared/rules/threads';

const COLORS: Record<ThreadStatus, string> = {
  new: 'red',
  in_progress: 'yellow',
  answered: 'green',
  closed: 'gray',
};

/** Mới, Đang xử lý, Đã trả lời, Đóng. */
export function ThreadStatusBadge({ status }: { status: ThreadStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="thread-status" style={{ flexShrink: 0 }}>
      {t(`threads.status.${status}`)}
    </Badge>
  );
}
