import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { usePageTitle } from '../../lib/use-page-title';
import { NotificationList } from './notification-list';
import { inboxKey, markAllRead, useInbox } from './queries';

/** /notifications: the whole inbox, newest first, 30 more at a time. */
export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('inbox.title'));
  const [limit, setLimit] = useState(30);
  const queryClient = useQueryClient();
  const { data, error, refetch } = useInbox(limit);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  return (
    <Stack maw={760}>
      <PageHeader
        title={t('inbox.title')}
        actions={
          <Group gap="xs">
            <Button
              variant="light"
              disabled={data.unread === 0}
              onClick={() =>
                void markAllRead().then(() => queryClient.invalidateQueries({ queryKey: inboxKey }))
              }
            >
              {t('inbox.markAll')}
            </Button>
            <Anchor component={Link} to="/notifications/preferences">
              {t('inbox.settings')}
            </Anchor>
          </Group>
        }
      />
      <NotificationList items={data.items} />
      {data.total > data.items.length && (
        <Button
          variant="subtle"
          onClick={() => setLimit((l) => Math.min(l + 30, 100))}
          disabled={limit >= 100}
        >
          {t('inbox.more')}
        </Button>
      )}
    </Stack>
  );
}
