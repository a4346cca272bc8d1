import { ActionIcon, Anchor, Group, Indicator, Popover, ScrollArea, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationList } from './notification-list';
import { inboxKey, markAllRead, useInbox } from './queries';

/** The header's bell: the unread count (polled), and the recent notifications in a popover. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  const { data } = useInbox(8, { poll: true });
  const unread = data?.unread ?? 0;
  const label = unread ? t('inbox.bellUnread', { count: unread }) : t('inbox.bell');
  // the popover's target is the button itself (it takes aria-expanded/-controls), the count around it
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={!unread} offset={4}>
      <Popover
        opened={opened}
        onChange={setOpened}
        width={360}
        position="bottom-end"
        shadow="md"
        withinPortal
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            title={label}
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
          >
            <span aria-hidden style={{ fontSize: 20 }}>
              🔔
            </span>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown maw="calc(100vw - 16px)" p="xs">
          <Group justify="space-between" mb={4}>
            <Text fw={700}>{t('inbox.recent')}</Text>
            {unread > 0 && (
              <Anchor
                component="button"
                size="xs"
                onClick={() =>
                  void markAllRead().then(() => queryClient.invalidateQueries({ queryKey: inboxKey }))
                }
              >
                {t('inbox.markAll')}
              </Anchor>
            )}
          </Group>
          <ScrollArea.Autosize mah="60vh">
            <NotificationList items={data?.items ?? []} onOpen={() => setOpened(false)} />
          </ScrollArea.Autosize>
          <Group justify="space-between" mt={6}>
            <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)}>
              {t('inbox.seeAll')}
            </Anchor>
            <Anchor
              component={Link}
              to="/notifications/preferences"
              size="sm"
              onClick={() => setOpened(false)}
            >
              {t('inbox.settings')}
            </Anchor>
          </Group>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
