import './catalog';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleView } from '../../../shared/schemas/publicity';
import { DateTimeField } from '../../components/date-field';
import { ErrorAlert } from '../../components/form-modal';
import { formatDateTime, fromVietnamLocal, toVietnamLocal } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { articlesKey, publishArticle } from './queries';

const STATE_COLOR = { draft: 'gray', scheduled: 'yellow', published: 'green' } as const;

export function ArticleStateBadge({ article }: { article: ArticleView }) {
  const { t } = useTranslation();
  return <Badge color={STATE_COLOR[article.state]}>{t(`media.state.${article.state}`)}</Badge>;
}

/** Đăng ngay / hẹn giờ đăng / thôi đăng, and the public page once it shows. */
export function PublishPanel({
  organizationId,
  article,
  unsaved,
}: {
  organizationId: string;
  article: ArticleView;
  /** The form below has unsaved changes: publishing would reload it and drop them, so it waits. */
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const [at, setAt] = useState(toVietnamLocal(article.publishAt));
  const publish = useApiMutation({
    mutationFn: (v: { on: boolean; at: string | null }) =>
      publishArticle(organizationId, article, v.on, v.at),
    invalidate: [articlesKey(organizationId)],
    onSuccess: (a) =>
      notifications.show({
        color: 'green',
        message: t(
          a.state === 'draft'
            ? 'media.articles.unpublishedDone'
            : a.state === 'scheduled'
              ? 'media.articles.scheduled'
              : 'media.articles.published',
        ),
      }),
  });
  const time = article.publishAt ?? article.publishedAt;
  return (
    <Card withBorder data-testid="publish-panel">
      <Stack gap="sm">
        <Group gap="xs">
          <ArticleStateBadge article={article} />
          {time && article.state !== 'draft' && (
            <Text size="sm">
              {t(
                article.state === 'scheduled' ? 'media.articles.scheduledFor' : 'media.articles.publishedAt',
                {
                  time: formatDateTime(time),
                },
              )}
            </Text>
          )}
          {article.publicPath && (
            <Anchor href={article.publicPath} target="_blank" size="sm">
              {t('media.viewPublic')}
            </Anchor>
          )}
        </Group>
        <ErrorAlert error={publish.error} />
        {unsaved && (
          <Text size="sm" c="orange.9" role="status">
            {t('media.articles.saveFirst')}
          </Text>
        )}
        <Group gap="sm" align="flex-end">
          {article.state !== 'published' && (
            <Button
              disabled={unsaved}
              loading={publish.isPending}
              onClick={() => publish.mutate({ on: true, at: null })}
            >
              {t('media.articles.publishNow')}
            </Button>
          )}
          <DateTimeField label={t('media.field.publishAt')} value={at} onChange={setAt} />
          <Button
            variant="light"
            disabled={!at || unsaved}
            loading={publish.isPending}
            onClick={() => publish.mutate({ on: true, at: fromVietnamLocal(at) })}
          >
            {t('media.articles.schedule')}
          </Button>
          {article.state !== 'draft' && (
            <Button
              variant="default"
              disabled={unsaved}
              loading={publish.isPending}
              onClick={() => publish.mutate({ on: false, at: null })}
            >
              {t('media.articles.unpublish')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
