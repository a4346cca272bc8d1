import './catalog';
import { Anchor, Avatar, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { publicPaths } from '../../../shared/rules/public-paths';
import type { BoardEntryView } from '../../../shared/schemas/publicity';
import { ErrorAlert } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { EntryModal } from './entry-modal';
import { boardKey, boardWrites, slideshowPath, useBoard } from './queries';

/** Bảng vinh danh of a conference: build from the QĐ, edit for the public, publish. */
export function BoardPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const board = useBoard(cid);
  const qc = useQueryClient();
  const [editing, setEditing] = useState<BoardEntryView | null>(null);
  usePageTitle(t('board.title'));
  const build = useApiMutation({
    mutationFn: () => boardWrites.build(cid),
    onSuccess: (r) => qc.setQueryData(boardKey(cid), r.board),
    successMessage: t('board.saved'),
  });
  const publishAll = useApiMutation({
    mutationFn: () => boardWrites.publishAll(cid),
    invalidate: [boardKey(cid)],
    successMessage: t('board.publishedAll'),
  });
  const toggle = useApiMutation({
    mutationFn: (e: BoardEntryView) => boardWrites.publish(cid, e, !e.publishedAt),
    invalidate: [boardKey(cid)],
  });
  if (board.isLoading) return <PageLoader />;
  if (board.error || !board.data) return <ErrorState error={board.error} onRetry={() => board.refetch()} />;
  const { items, permissions } = board.data;
  return (
    <Stack>
      <PageHeader
        title={t('board.title')}
        help={t('board.help')}
        actions={
          <Group gap="xs">
            {permissions.canEdit && (
              <Button onClick={() => build.mutate()} loading={build.isPending} variant="light">
                {t('board.build')}
              </Button>
            )}
            {permissions.canPublish && items.length > 0 && (
              <Button onClick={() => publishAll.mutate()} loading={publishAll.isPending}>
                {t('board.publishAll')}
              </Button>
            )}
            <Button component={Link} to={slideshowPath(cid)} variant="subtle">
              {t('board.slideshow')}
            </Button>
            <Button component="a" href={publicPaths.conferenceBoard(cid)} target="_blank" variant="subtle">
              {t('board.viewPublic')}
            </Button>
          </Group>
        }
      />
      <ErrorAlert error={build.error ?? publishAll.error ?? toggle.error} />
      {items.length === 0 && <Text c="dimmed">{t('board.empty')}</Text>}
      {items.map((e, i) => (
        <Paper key={e.id} withBorder p="sm" data-testid="board-entry">
          <Group wrap="nowrap" align="flex-start">
            <Text c="dimmed" w={28} aria-label={t('board.order')}>
              {i + 1}
            </Text>
            <Avatar
              src={e.photo?.sizes[0]?.url ?? null}
              alt={t('board.photoOf', { name: e.displayName })}
              size={64}
              radius="sm"
            >
              {e.displayName.slice(0, 1)}
            </Avatar>
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Text fw={700}>{e.displayName}</Text>
              <Text size="sm">{[e.unitName, e.formName].filter(Boolean).join(' · ')}</Text>
              <Group gap="xs">
                <Badge color={e.publishedAt ? 'green' : 'gray'} variant="light">
                  {e.publishedAt ? t('board.published') : t('board.draft')}
                </Badge>
                {e.publicPath && (
                  <Anchor href={e.publicPath} target="_blank" size="sm">
                    {t('board.viewPublic')}
                  </Anchor>
                )}
              </Group>
            </Stack>
            {permissions.canEdit && (
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setEditing(e)}>
                  {t('board.edit')}
                </Button>
                <Button size="xs" variant="light" onClick={() => toggle.mutate(e)} loading={toggle.isPending}>
                  {e.publishedAt ? t('board.unpublish') : t('board.publish')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
      {editing && <EntryModal cid={cid} entry={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
