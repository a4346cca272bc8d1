import { Alert, Box, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawPage, openPdf, type PDFDocumentProxy, type RenderTask } from '../lib/pdfjs';

/**
 * A PDF drawn page by page onto a <canvas> with pdf.js (lazily loaded: see pdf-preview-modal.tsx).
 * Shows the page count and moves between pages; a PDF pdf.js cannot read gives a Vietnamese message.
 */
export default function PdfCanvasViewer({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);

  useEffect(() => {
    setDoc(null);
    setFailed(false);
    setPage(1);
    const task = openPdf(bytes);
    task.promise.then(setDoc, () => setFailed(true));
    return () => {
      void task.destroy();
    };
  }, [bytes]);

  if (failed) return <ViewerError />;
  if (!doc) return <ViewerLoader label={t('doc.viewer.opening')} />;
  const pages = doc.numPages;
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600} data-testid="pdf-page-count">
          {t('doc.viewer.pageCount', { count: pages })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            disabled={page <= 1}
            onClick={() => setPage((p) => Math.max(1, p - 1))}
          >
            {t('doc.viewer.previous')}
          </Button>
          <Text size="sm" aria-live="polite" data-testid="pdf-page-position">
            {t('doc.viewer.position', { page, pages })}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={page >= pages}
            onClick={() => setPage((p) => Math.min(pages, p + 1))}
          >
            {t('doc.viewer.next')}
          </Button>
        </Group>
      </Group>
      <PageCanvas doc={doc} page={page} label={t('doc.viewer.pageLabel', { title, page, pages })} />
    </Stack>
  );
}

/** One page on a canvas as wide as the dialog; redrawn when the page or the width changes. */
function PageCanvas({ doc, page, label }: { doc: PDFDocumentProxy; page: number; label: string }) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const target = canvas.current;
    if (!target || width <= 0) return;
    let task: RenderTask | null = null;
    let stale = false;
    setDrawn(null);
    doc
      .getPage(page)
      .then((p) => {
        if (stale) return; // a newer draw owns the canvas now
        task = drawPage(p, target, width);
        return task.promise.then(() => {
          if (!stale) setDrawn(page);
        });
      })
      .catch((err: unknown) => {
        // A newer draw cancelled this one: not a failure.
        if (!stale && (err as { name?: string })?.name !== 'RenderingCancelledException') setFailed(true);
      });
    return () => {
      stale = true;
      task?.cancel();
    };
  }, [doc, page, width]);

  if (failed) return <ViewerError />;
  return (
    <Box ref={ref} pos="relative" bg="gray.1" style={{ minHeight: 200 }} aria-busy={drawn !== page}>
      {drawn !== page && <ViewerLoader label={t('doc.viewer.drawing', { page })} overlay />}
      <canvas
        ref={canvas}
        role="img"
        aria-label={label}
        data-testid="pdf-page-canvas"
        data-drawn-page={drawn ?? undefined}
        style={{ display: 'block', boxShadow: '0 1px 4px rgba(0,0,0,0.25)' }}
      />
    </Box>
  );
}

function ViewerLoader({ label, overlay = false }: { label: string; overlay?: boolean }) {
  return (
    <Center
      py="xl"
      role="status"
      style={overlay ? { position: 'absolute', inset: 0, zIndex: 1, alignItems: 'flex-start' } : undefined}
    >
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Group>
    </Center>
  );
}

function ViewerError() {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('doc.viewer.failedTitle')}>
      {t('doc.viewer.failed')}
    </Alert>
  );
}
