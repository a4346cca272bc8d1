import { Button, FileButton, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSettings } from '../../../shared/schemas/certificates';
import { SectionCard } from '../../components/section-card';
import { ApiError, api, apiUpload } from '../../lib/api';
import { certificatesApi } from './queries';

type Which = 'signature' | 'seal';

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
  const [busy, setBusy] = useState<Which | null>(null);
  const run = async (which: Which, action: () => Promise<CertificateSettings>, done: string) => {
    setBusy(which);
    try {
      onSaved(await action());
      notifications.show({ color: 'green', message: done });
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
    } finally {
      setBusy(null);
    }
  };
  const url = (which: Which) => `${certificatesApi(cid)}/images/${which}`;
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
        <FileButton
          accept="image/png,image/jpeg"
          onChange={(file) =>
            file &&
            void run(which, () => apiUpload<CertificateSettings>(url(which), file), t('cert.images.uploaded'))
          }
        >
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
            onClick={() =>
              void run(which, () => api<CertificateSettings>('DELETE', url(which)), t('cert.images.removed'))
            }
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
    </SectionCard>
  );
}
