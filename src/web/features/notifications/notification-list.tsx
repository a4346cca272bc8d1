import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationView } from '../../../shared/schemas/notifications';
import { formatDateTime } from '../../lib/format';
import { inboxKey, markRead } from './queries';

/** Notifications as a list; a click marks the item read and opens its page. */
export function NotificationList({ items, onOpen }: { items: NotificationView[]; onOpen?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  if (items.length === 0) return <Text c="dimmed">{t('inbox.empty')}</Text>;
  const open = async (n: NotificationView) => {
    onOpen?.();
    if (!n.read) await markRead(n.id).catch(() => {});
    void queryClient.invalidateQueries({ queryKey: inboxKey });
    if (n.link) void navigate(n.link);
  };
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((n) => (
        <li key={n.id}>
          <UnstyledButton
            onClick={() => void open(n)}
            p="xs"
            w="100%"
            style={{
              borderRadius: 6,
              borderLeft: `3px solid ${n.read ? 'transparent' : 'var(--mantine-color-red-7)'}`,
              background: n.read ? undefined : 'var(--mantine-color-red-0)',
            }}
          >
            <Text fw={n.read ? 400 : 700} size="sm">
              {!n.read && <span className="visually-hidden">{t('inbox.unread')}: </span>}
              {n.title}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {n.body}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`inbox.kind.${n.kind}`)} · {formatDateTime(n.createdAt)}
            </Text>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
