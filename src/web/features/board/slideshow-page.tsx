import './catalog';
import '../../mantine-rest.css';
import { Box, Center, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { BoardGroupView, MediaAssetView } from '../../../shared/schemas/publicity';
import { ErrorState, PageLoader } from '../../components/page-state';
import { usePageTitle } from '../../lib/use-page-title';
import { useRun } from '../program/queries';
import { useSlideshow } from './queries';

const PHOTO_SECONDS = 7;
const largest = (m: MediaAssetView | null) => m?.sizes[m.sizes.length - 1]?.url ?? null;

/**
 * Trình chiếu tại hội trường, full screen: what the run-of-show page chose (live events) — the
 * movement's photos advancing by themselves, or the honourees of one group, large.
 */
export function SlideshowPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const show = useSlideshow(cid);
  const run = useRun(cid);
  usePageTitle(t('board.show.title'));
  if (show.isLoading || run.isLoading) return <PageLoader />;
  if (show.error || !show.data) return <ErrorState error={show.error} onRetry={() => show.refetch()} />;
  const hall = run.data?.hall ?? { mode: 'off', group: 0 };
  return (
    <Box
      component="main"
      mih="100vh"
      bg="dark.9"
      c="white"
      p={{ base: 'md', md: 'xl' }}
      data-testid="slideshow"
      data-mode={hall.mode}
    >
      {hall.mode === 'photos' ? (
        <Photos photos={show.data.photos} />
      ) : hall.mode === 'honours' ? (
        <Group group={show.data.groups[hall.group]} n={hall.group + 1} total={show.data.groups.length} />
      ) : (
        <Center mih="90vh">
          <Title order={1} fz={{ base: 36, md: 64 }} ta="center">
            {show.data.conferenceName || t('board.slides.idle')}
          </Title>
        </Center>
      )}
    </Box>
  );
}

function Photos({ photos }: { photos: MediaAssetView[] }) {
  const { t } = useTranslation();
  const [i, setI] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setI((n) => n + 1), PHOTO_SECONDS * 1000);
    return () => clearInterval(id);
  }, []);
  if (photos.length === 0) {
    return (
      <Center mih="90vh">
        <Text fz="xl">{t('board.slides.noPhotos')}</Text>
      </Center>
    );
  }
  const p = photos[i % photos.length]!;
  return (
    <Stack align="center" gap="sm">
      <Title order={1} fz={{ base: 24, md: 36 }}>
        {t('board.slides.photosTitle')}
      </Title>
      <Image src={largest(p)} alt={p.caption || p.title} mah="80vh" fit="contain" />
      {(p.caption || p.title) && <Text fz="xl">{p.caption || p.title}</Text>}
    </Stack>
  );
}

function Group({ group, n, total }: { group: BoardGroupView | undefined; n: number; total: number }) {
  const { t } = useTranslation();
  if (!group) {
    return (
      <Center mih="90vh">
        <Title order={1} fz={{ base: 36, md: 60 }} ta="center">
          {t('board.slides.congratulations')}
        </Title>
      </Center>
    );
  }
  return (
    <Stack gap="lg">
      <div>
        <Text c="gray.4">{t('board.slides.groupOf', { n, total })}</Text>
        <Title order={1} fz={{ base: 30, md: 52 }} c="yellow.3">
          {group.formName}
        </Title>
      </div>
      <SimpleGrid cols={{ base: 2, md: group.entries.length > 8 ? 6 : 4 }} spacing="lg">
        {group.entries.map((e) => (
          <Stack key={e.id} gap={4} align="center">
            {e.photo && <Image src={largest(e.photo)} alt={e.displayName} radius="md" />}
            <Text fw={700} fz={{ base: 18, md: 26 }} ta="center">
              {e.displayName}
            </Text>
            {e.unitName && e.unitName !== e.displayName && (
              <Text c="gray.4" ta="center">
                {e.unitName}
              </Text>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
