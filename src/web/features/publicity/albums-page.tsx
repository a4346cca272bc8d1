import './catalog';
import { Alert, Anchor, Badge, Button, Card, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlbumView } from '../../../shared/schemas/publicity';
import { ErrorAlert } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { AlbumModal } from './album-modal';
import { albumsKey, publishAlbum, useAlbums } from './queries';

/** Album ảnh (triển lãm): the albums, each with its cover, state, publish/unpublish and public link. */
export function AlbumsPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const list = useAlbums(organization?.id);
  const [editing, setEditing] = useState<AlbumView | 'new' | null>(null);
  const publish = useApiMutation({
    mutationFn: ({ a, on }: { a: AlbumView; on: boolean }) => publishAlbum(organization!.id, a, on),
    invalidate: [albumsKey(organization?.id ?? '')],
    onSuccess: (a) =>
      notifications.show({
        color: 'green',
        message: t(a.publishedAt ? 'media.albums.published' : 'media.albums.unpublished'),
      }),
  });
  usePageTitle(t('media.albums.title'));
  if (!organization || list.isLoading) return <PageLoader />;
  if (list.error || !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Stack>
      <PageHeader
        title={t('media.albums.title')}
        help={t('media.albums.help')}
        actions={<Button onClick={() => setEditing('new')}>{t('media.albums.add')}</Button>}
      />
      <ErrorAlert error={publish.error} />
      {list.data.items.length === 0 && <Alert color="gray">{t('media.albums.empty')}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {list.data.items.map((a) => (
          <Card key={a.id} withBorder data-testid="album-card">
            {a.cover?.sizes[1] && (
              <Image src={a.cover.sizes[1].url} alt={a.cover.caption || a.cover.title} h={160} fit="cover" />
            )}
            <Group justify="space-between" mt="xs" wrap="nowrap">
              <Text fw={700}>{a.title}</Text>
              <Badge color={a.publishedAt ? 'green' : 'gray'}>
                {t(a.publishedAt ? 'media.state.published' : 'media.state.unpublished')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('media.albums.items', { count: a.itemCount })}
            </Text>
            <Group gap="xs" mt="xs">
              <Button size="xs" variant="light" onClick={() => setEditing(a)}>
                {t('media.library.edit')}
              </Button>
              <Button
                size="xs"
                variant={a.publishedAt ? 'default' : 'filled'}
                loading={publish.isPending}
                onClick={() => publish.mutate({ a, on: !a.publishedAt })}
              >
                {a.publishedAt ? t('media.unpublish') : t('media.publish')}
              </Button>
              {a.publicPath && (
                <Anchor href={a.publicPath} target="_blank" size="sm">
                  {t('media.viewPublic')}
                </Anchor>
              )}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      {editing && (
        <AlbumModal
          organizationId={organization.id}
          album={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
