import { Anchor, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from './page-state';

/**
 * A generated PDF shown in the browser (documents, certificates). It is fetched and shown from a
 * blob URL, which displays inline whatever the download header says; a link opens it in a tab.
 */
export function PdfPreviewModal({
  url,
  title,
  note,
  fallback,
  onClose,
}: {
  url: string;
  title: string;
  /** The line above the viewer, before the "open in a tab" arrow. */
  note: string;
  /** The link shown where the browser cannot display a PDF. */
  fallback: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 40em)');
  const [src, setSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    fetch(url, { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error((await res.json().catch(() => null))?.error?.message ?? res.statusText);
        objectUrl = URL.createObjectURL(new Blob([await res.arrayBuffer()], { type: 'application/pdf' }));
        setSrc(objectUrl);
      })
      .catch((err: Error) => setError(err.message || t('errors.generic')));
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url, t]);
  return (
    <Modal opened onClose={onClose} title={title} size="xl" fullScreen={phone}>
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      {!error && !src && <PageLoader />}
      {src && (
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {note}{' '}
            <Anchor href={src} target="_blank" rel="noopener">
              ↗
            </Anchor>
          </Text>
          <object data={src} type="application/pdf" title={title} style={{ width: '100%', height: '72vh' }}>
            <Anchor href={src} target="_blank" rel="noopener">
              {fallback}
            </Anchor>
          </object>
        </Stack>
      )}
    </Modal>
  );
}
