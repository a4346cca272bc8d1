import './catalog';
import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { ArticleStateBadge } from './publish-panel';
import { articlePath, newArticlePath, useArticles } from './queries';

/** Tin bài: every article with its state (bản nháp, hẹn giờ, đã đăng), newest edit first. */
export function ArticlesPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const list = useArticles(organization?.id);
  usePageTitle(t('media.articles.title'));
  if (!organization || list.isLoading) return <PageLoader />;
  if (list.error || !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Stack>
      <PageHeader
        title={t('media.articles.title')}
        help={t('media.articles.help')}
        actions={
          <Button component={Link} to={newArticlePath}>
            {t('media.articles.add')}
          </Button>
        }
      />
      {list.data.items.length === 0 && <Alert color="gray">{t('media.articles.empty')}</Alert>}
      {list.data.items.map((a) => (
        <Card key={a.id} withBorder padding="sm" data-testid="article-row">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Anchor component={Link} to={articlePath(a.id)} fw={700}>
                {a.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {a.state === 'scheduled' && a.publishAt
                  ? t('media.articles.scheduledFor', { time: formatDateTime(a.publishAt) })
                  : t('media.articles.updated', { time: formatDateTime(a.updatedAt) })}
              </Text>
            </Stack>
            <Group gap="xs">
              <ArticleStateBadge article={a} />
              {a.publicPath && (
                <Anchor href={a.publicPath} target="_blank" size="sm">
                  {t('media.viewPublic')}
                </Anchor>
              )}
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
