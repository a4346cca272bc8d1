import { Button, Group, Loader, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateModeValue, CertificateSettings } from '../../../shared/schemas/certificates';
import { PdfPreviewModal } from '../../components/pdf-preview-modal';
import { SectionCard } from '../../components/section-card';
import { useDownload } from '../documents/queries';
import { alignmentUrl, pdfUrl } from './queries';

/** In giấy khen: the mode, the printer of the blanks, the batch download, the preview, the test sheet. */
export function PrintActions({ cid, s, dirty }: { cid: string; s: CertificateSettings; dirty: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<CertificateModeValue>(s.defaultMode);
  // Not chosen yet (or removed since): the first printer; null = no calibration.
  const [chosen, setPrinter] = useState<string | null | undefined>(undefined);
  const known = chosen === null || s.printers.some((p) => p.name === chosen);
  const printer = chosen !== undefined && known ? chosen : (s.printers[0]?.name ?? null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState(false);
  const none = s.honoreeCount === 0;
  const downloadFile = useDownload();
  const download = async () => {
    setBusy(true);
    await downloadFile(pdfUrl(cid, mode, printer), 'Giay-khen.pdf');
    setBusy(false);
  };
  return (
    <SectionCard id="cert-print" title={t('cert.page.mode')} headerMb="xs">
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as CertificateModeValue)}
          data={[
            { value: 'design', label: t('cert.page.design') },
            { value: 'blank', label: t('cert.page.blank') },
          ]}
          fullWidth
        />
        <Text size="sm" c="dimmed">
          {mode === 'design' ? t('cert.page.designHelp') : t('cert.page.blankHelp')}
        </Text>
        {mode === 'blank' && (
          <Select
            label={t('cert.page.printer')}
            value={printer}
            onChange={setPrinter}
            data={s.printers.map((p) => p.name)}
            placeholder={t('cert.page.noPrinter')}
            clearable
          />
        )}
        {dirty && (
          <Text size="sm" c="orange">
            {t('cert.page.unsaved')}
          </Text>
        )}
        <Group gap="sm" wrap="wrap">
          <Button
            onClick={() => void download()}
            disabled={none || busy || dirty}
            leftSection={busy ? <Loader size="xs" color="white" /> : undefined}
          >
            {busy ? t('cert.page.downloading', { count: s.honoreeCount }) : t('cert.page.download')}
          </Button>
          <Button variant="light" onClick={() => setPreview(true)} disabled={none || dirty}>
            {t('cert.page.preview')}
          </Button>
          {mode === 'blank' && (
            <Button
              variant="default"
              onClick={() => void downloadFile(alignmentUrl(cid, printer), 'To-thu-can-chinh.pdf')}
              disabled={dirty}
            >
              {t('cert.page.alignment')}
            </Button>
          )}
        </Group>
        {busy && (
          <Group gap="xs" role="status" aria-live="polite">
            <Loader size="sm" />
            <Text size="sm">{t('cert.page.downloading', { count: s.honoreeCount })}</Text>
          </Group>
        )}
      </Stack>
      {preview && (
        <PdfPreviewModal
          url={pdfUrl(cid, mode, printer, true)}
          title={t('cert.page.preview')}
          note={t('cert.page.previewNote')}
          fileName="Giay-khen-xem-truoc.pdf"
          onClose={() => setPreview(false)}
        />
      )}
    </SectionCard>
  );
}
