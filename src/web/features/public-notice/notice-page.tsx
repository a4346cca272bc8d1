import './catalog';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicNoticeView } from '../../../shared/schemas/publicity';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { useConflictNotice } from '../documents/queries';
import { CommentItem } from './comments-list';
import { NoticeSettings } from './notice-settings';
import { noticeKey, publishNotice, saveOutcome, useComments, useNotice, withdrawNotice } from './queries';

const STATE_COLOR = {
  draft: 'gray',
  scheduled: 'blue',
  open: 'green',
  closed: 'dark',
  withdrawn: 'red',
} as const;

/** Publish / withdraw, and the public page's address. */
function Publication({ cid, n }: { cid: string; n: PublicNoticeView }) {
  const { t } = useTranslation();
  const publish = useApiMutation({
    mutationFn: () => publishNotice(cid, n.version),
    invalidate: [noticeKey(cid)],
    successMessage: t('notice.published'),
  });
  const withdraw = useApiMutation({
    mutationFn: () => withdrawNotice(cid, n.version),
    invalidate: [noticeKey(cid)],
    successMessage: t('notice.withdrawn'),
  });
  useConflictNotice(publish, t('notice.conflict'));
  useConflictNotice(withdraw, t('notice.conflict'));
  const live = n.state === 'scheduled' || n.state === 'open' || n.state === 'closed';
  const url = `${window.location.origin}${n.publicPath}`;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Badge color={STATE_COLOR[n.state]} size="lg" variant="light" data-testid="notice-state">
          {t(`notice.state.${n.state}`)}
        </Badge>
        {n.permissions.canPublish && !live && (
          <Button
            onClick={() => publish.mutate(undefined)}
            loading={publish.isPending}
            data-testid="notice-publish"
          >
            {t('notice.publish')}
          </Button>
        )}
        {n.permissions.canPublish && live && (
          <Button
            color="red"
            variant="light"
            onClick={() => withdraw.mutate(undefined)}
            loading={withdraw.isPending}
          >
            {t('notice.withdraw')}
          </Button>
        )}
      </Group>
      {(publish.error || withdraw.error) && (
        <Alert color="red" role="alert">
          {publish.error ?? withdraw.error}
        </Alert>
      )}
      {live && (
        <Text size="sm">
          {t('notice.publicLink')}:{' '}
          <Anchor href={n.publicPath} target="_blank" rel="noopener" data-testid="notice-link">
            {url}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

function Outcome({ cid, n }: { cid: string; n: PublicNoticeView }) {
  const { t } = useTranslation();
  const [text, setText] = useState(n.outcome);
  const save = useApiMutation({
    mutationFn: () => saveOutcome(cid, text, n.version),
    invalidate: [noticeKey(cid)],
    successMessage: t('notice.outcomeSaved'),
  });
  useConflictNotice(save, t('notice.conflict'));
  return (
    <Stack gap="xs">
      <Textarea
        label={t('notice.outcome')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={5000}
        disabled={!n.permissions.canEdit}
      />
      {n.permissions.canEdit && (
        <Group>
          <Button variant="light" onClick={() => save.mutate(undefined)} loading={save.isPending}>
            {t('notice.outcomeSave')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Thông báo công khai: the secretary publishes the candidate list and handles the comments. */
export function NoticePage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  usePageTitle(t('notice.title'));
  const notice = useNotice(conferenceId);
  const comments = useComments(conferenceId, !!notice.data);
  if (notice.isLoading) return <PageLoader />;
  if (notice.error) return <ErrorState error={notice.error} onRetry={() => void notice.refetch()} />;
  const n = notice.data ?? null;
  const items = comments.data?.items ?? [];
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={`/conferences/${conferenceId}`} size="sm">
        {t('notice.back')}
      </Anchor>
      <PageHeader title={t('notice.title')} help={t('notice.help')} />
      <Paper withBorder p="md">
        {!n && <Alert mb="sm">{t('notice.none')}</Alert>}
        <NoticeSettings key={n?.version ?? 0} cid={conferenceId} notice={n} />
      </Paper>
      {n && (
        <Paper withBorder p="md">
          <Publication cid={conferenceId} n={n} />
        </Paper>
      )}
      {n && (
        <Stack gap="sm">
          <Title order={2} fz="h3">
            {t('notice.comments', { count: items.length })}
          </Title>
          {items.length === 0 && <Text c="dimmed">{t('notice.noComments')}</Text>}
          {items.map((c) => (
            <CommentItem
              key={c.id}
              cid={conferenceId}
              c={c}
              canHandle={comments.data?.permissions.canHandle ?? false}
            />
          ))}
          <Paper withBorder p="md">
            <Outcome key={n.version} cid={conferenceId} n={n} />
          </Paper>
        </Stack>
      )}
    </Stack>
  );
}
