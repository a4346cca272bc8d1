import { Anchor, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from './page-state';

// pdf.js is loaded with the viewer, only when a preview opens.
const PdfCanvasViewer = lazy(() => import('./pdf-canvas-viewer'));

/**
 * A generated PDF shown in the page (documents, certificates): fetched, then drawn by pdf.js onto a
 * canvas (the CSP's object-src 'none' leaves an embedded PDF viewer empty). The same bytes can be
 * saved from a link.
 */
export function PdfPreviewModal({
  url,
  title,
  note,
  fileName,
  onClose,
}: {
  url: string;
  title: string;
  /** The line above the viewer. */
  note: string;
  /** The name the "save this PDF" link gives the file. */
  fileName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 40em)');
  const [pdf, setPdf] = useState<{ bytes: Uint8Array; href: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let href: string | null = null;
    let stale = false;
    fetch(url, { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error((await res.json().catch(() => null))?.error?.message ?? res.statusText);
        const bytes = new Uint8Array(await res.arrayBuffer());
        if (stale) return;
        href = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
        setPdf({ bytes, href });
      })
      .catch((err: Error) => !stale && setError(err.message || t('errors.generic')));
    return () => {
      stale = true;
      if (href) URL.revokeObjectURL(href);
    };
  }, [url, t]);
  return (
    <Modal opened onClose={onClose} title={title} size="xl" fullScreen={phone}>
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      {!error && !pdf && <PageLoader />}
      {pdf && (
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {note} ·{' '}
            <Anchor href={pdf.href} download={fileName}>
              {t('doc.viewer.save')}
            </Anchor>
          </Text>
          <Suspense fallback={<PageLoader />}>
            <PdfCanvasViewer bytes={pdf.bytes} title={title} />
          </Suspense>
        </Stack>
      )}
    </Modal>
  );
}
