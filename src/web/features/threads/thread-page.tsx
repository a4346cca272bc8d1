import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ThreadMessageView, ThreadView } from '../../../shared/schemas/threads';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { downloadFile } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { SummaryView } from '../nominations/summary-html';
import { OfficeControls } from './office-controls';
import { threadsPath, useThread } from './queries';
import { ReplyBox } from './reply-box';
import { ThreadStatusBadge } from './thread-badges';

/** One thread: what it is about, the whole history (unit and office marked), the reply or answer box. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  const { data, isLoading, error, refetch } = useThread(threadId);
  usePageTitle(data?.topic ?? t('threads.title'));
  if (isLoading) return <PageLoader />;
  if (error || !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  const canWrite = data.permissions.canReply || data.permissions.canAnswer;
  return (
    <Stack>
      <Anchor component={Link} to={threadsPath} size="sm">
        ← {t('threads.back')}
      </Anchor>
      <PageHeader
        title={<span style={{ overflowWrap: 'anywhere' }}>{data.topic}</span>}
        help={<About thread={data} />}
        actions={<ThreadStatusBadge status={data.status} />}
        align="flex-start"
      />
      {data.permissions.canManage && <OfficeControls thread={data} />}
      <Title order={2} fz="lg">
        {t('threads.history')}
      </Title>
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {data.messages.map((m) => (
          <Message key={m.id} thread={data} m={m} />
        ))}
      </Stack>
      {canWrite ? (
        <ReplyBox thread={data} />
      ) : (
        data.status === 'closed' && <Alert color="gray">{t('threads.closedNote')}</Alert>
      )}
    </Stack>
  );
}

function About({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation();
  const parts = [
    thread.unit.name,
    t('threads.opened', { at: formatDateTime(thread.createdAt) }),
    thread.conference?.name,
    thread.nomination ? `${t('threads.about')}: ${thread.nomination.name}` : null,
    thread.assignee ? `${t('threads.assignee')}: ${thread.assignee.name}` : null,
  ];
  return <>{parts.filter(Boolean).join(' · ')}</>;
}

function Message({ thread, m }: { thread: ThreadView; m: ThreadMessageView }) {
  const { t } = useTranslation();
  const office = m.side === 'office';
  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      data-testid={`message-${m.side}`}
      ml={office ? { base: 0, sm: 'xl' } : 0}
      mr={office ? 0 : { base: 0, sm: 'xl' }}
      bg={office ? 'blue.0' : undefined}
      style={{ borderLeft: `4px solid var(--mantine-color-${office ? 'blue-7' : 'orange-7'})` }}
    >
      <Group justify="space-between" gap="xs" mb={4}>
        <Text fw={600} size="sm">
          {t(`threads.side.${m.side}`)} — {m.authorName}
        </Text>
        <Text size="sm" c="dimmed">
          <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
        </Text>
      </Group>
      <SummaryView html={m.bodyHtml} />
      {m.attachments.length > 0 && (
        <Group gap="xs" mt="xs">
          {m.attachments.map((a) => (
            <Button
              key={a.id}
              size="compact-sm"
              variant="light"
              aria-label={t('threads.download', { name: a.fileName })}
              onClick={() => downloadFile(`/api/threads/${thread.id}/attachments/${a.id}`, a.fileName)}
              style={{ maxWidth: '100%' }}
            >
              <Text span truncate size="sm">
                {a.fileName}
              </Text>
            </Button>
          ))}
        </Group>
      )}
    </Card>
  );
}
