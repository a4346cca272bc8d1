import { Button, FileButton, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CertificateSettings } from '../../../shared/schemas/certificates';
import { SectionCard } from '../../components/section-card';
import { useApiMutation } from '../../lib/use-api-mutation';
import { certificateImageUrl, setCertificateImage, type CertificateImage as Which } from './queries';

/** Ảnh chữ ký và con dấu: PNG/JPG, printed on the full design (a blank is signed and sealed by hand). */
export function ImagesSection({
  cid,
  s,
  onSaved,
}: {
  cid: string;
  s: CertificateSettings;
  onSaved: (saved: CertificateSettings) => void;
}) {
  const { t } = useTranslation();
  const image = useApiMutation({
    mutationFn: ({ which, file }: { which: Which; file: File | null }) =>
      setCertificateImage(cid, which, file),
    onSuccess: (saved, { file }) => {
      onSaved(saved);
      notifications.show({
        color: 'green',
        message: file ? t('cert.images.uploaded') : t('cert.images.removed'),
      });
    },
  });
  const busy = image.isPending ? image.variables.which : null;
  const url = (which: Which) => certificateImageUrl(cid, which);
  const one = (which: Which, present: boolean) => (
    <Stack gap="xs" data-testid={`cert-image-${which}`}>
      <Text fw={600} size="sm">
        {t(`cert.images.${which}`)}
      </Text>
      {present ? (
        <Image
          src={`${url(which)}?v=${s.version}`}
          alt={t(`cert.images.${which}`)}
          h={80}
          w="auto"
          fit="contain"
          bd="1px solid var(--mantine-color-gray-3)"
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('cert.images.none')}
        </Text>
      )}
      <Group gap="xs">
        <FileButton accept="image/png,image/jpeg" onChange={(file) => file && image.mutate({ which, file })}>
          {(props) => (
            <Button size="xs" variant="light" loading={busy === which} {...props}>
              {present ? t('cert.images.replace') : t('cert.images.upload')}
            </Button>
          )}
        </FileButton>
        {present && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            disabled={busy !== null}
            onClick={() => image.mutate({ which, file: null })}
          >
            {t('cert.images.remove')}
          </Button>
        )}
      </Group>
    </Stack>
  );
  return (
    <SectionCard id="cert-images" title={t('cert.images.title')} help={t('cert.images.help')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {one('signature', s.signatureImage)}
        {one('seal', s.sealImage)}
      </SimpleGrid>
      {image.error && (
        <Text c="red" size="sm" role="alert" mt="xs">
          {image.error}
        </Text>
      )}
    </SectionCard>
  );
}
