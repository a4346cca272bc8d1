import './catalog';
import { Alert, Button, Card, Group, Image, Pagination, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaAssetView } from '../../../shared/schemas/publicity';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { usePageTitle } from '../../lib/use-page-title';
import { AssetModal } from './asset-modal';
import { useLibrary } from './queries';
import { UploadQueue } from './upload-queue';

/** One photo or video of the library: the thumbnail (or the link), title, caption, edit. */
export function AssetCard({ asset, onEdit }: { asset: MediaAssetView; onEdit?: () => void }) {
  const { t } = useTranslation();
  const thumb = asset.sizes[0];
  return (
    <Card withBorder padding="xs" data-testid="media-card">
      {thumb ? (
        <Image
          src={thumb.url}
          alt={asset.caption || asset.title}
          h={120}
          fit="cover"
          radius="sm"
          loading="lazy"
        />
      ) : (
        <Text size="sm" fw={600} c="blue.8">
          {t('media.library.video')}: {asset.videoUrl}
        </Text>
      )}
      <Text size="sm" fw={600} mt={6} lineClamp={2}>
        {asset.title || t('media.library.untitled')}
      </Text>
      {asset.caption && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {asset.caption}
        </Text>
      )}
      {onEdit && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          onClick={onEdit}
          aria-label={`${t('media.library.edit')} ${asset.title}`}
        >
          {t('media.library.edit')}
        </Button>
      )}
    </Card>
  );
}

/** Thư viện ảnh, video: upload several photos at once, add a video link, edit titles and captions. */
export function MediaPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const [page, setPage] = useState(1);
  const list = useLibrary(organization?.id, page);
  const [editing, setEditing] = useState<MediaAssetView | 'video' | null>(null);
  usePageTitle(t('media.library.title'));
  if (!organization || list.isLoading) return <PageLoader />;
  if (list.error || !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const { items, total, pageSize } = list.data;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Stack>
      <PageHeader
        title={t('media.library.title')}
        help={t('media.library.help')}
        actions={
          <Button variant="light" onClick={() => setEditing('video')}>
            {t('media.library.addVideo')}
          </Button>
        }
      />
      <UploadQueue organizationId={organization.id} />
      {items.length === 0 && <Alert color="gray">{t('media.library.empty')}</Alert>}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {items.map((a) => (
          <AssetCard key={a.id} asset={a} onEdit={() => setEditing(a)} />
        ))}
      </SimpleGrid>
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            aria-label={t('media.library.page', { page, pages })}
          />
        </Group>
      )}
      {editing && (
        <AssetModal
          organizationId={organization.id}
          asset={editing === 'video' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
