import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CertificateModeValue, CertificateSettings } from '../../../shared/schemas/certificates';
import { ErrorState, PageLoader } from '../../components/page-state';
import { PdfPreviewModal } from '../../components/pdf-preview-modal';
import { ApiError, api, downloadFile } from '../../lib/api';
import { fieldErrors } from '../../lib/form-errors';
import { usePageTitle } from '../../lib/use-page-title';
import { ImagesSection } from './images-section';
import {
  alignmentUrl,
  certificateSettingsKey,
  certificatesApi,
  pdfUrl,
  toInput,
  useCertificateSettings,
} from './queries';
import {
  CalibrationSection,
  ContentSection,
  type Draft,
  LayoutSection,
  liveErrors,
} from './settings-sections';

function Actions({ cid, s, dirty }: { cid: string; s: CertificateSettings; dirty: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<CertificateModeValue>(s.defaultMode);
  // Not chosen yet (or removed since): the first printer; null = no calibration.
  const [chosen, setPrinter] = useState<string | null | undefined>(undefined);
  const known = chosen === null || s.printers.some((p) => p.name === chosen);
  const printer = chosen !== undefined && known ? chosen : (s.printers[0]?.name ?? null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState(false);
  const none = s.honoreeCount === 0;
  const fail = (err: unknown) =>
    notifications.show({
      color: 'red',
      message: err instanceof ApiError ? err.message : t('errors.generic'),
    });
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(pdfUrl(cid, mode, printer), 'Giay-khen.pdf');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cert-print">
      <Title order={2} fz="lg" id="cert-print" mb="xs">
        {t('cert.page.mode')}
      </Title>
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
              onClick={() =>
                void downloadFile(alignmentUrl(cid, printer), 'To-thu-can-chinh.pdf').catch(fail)
              }
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
          fallback={t('cert.page.preview')}
          onClose={() => setPreview(false)}
        />
      )}
    </Paper>
  );
}

export function CertificatesPage() {
  const { conferenceId = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('cert.page.title'));
  const qc = useQueryClient();
  const settings = useCertificateSettings(conferenceId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const base = useMemo(() => (settings.data ? toInput(settings.data) : null), [settings.data]);
  // An image upload bumps the version: unsaved edits are kept (only the version follows).
  const keepDraft = useRef(false);
  useEffect(() => {
    const keep = keepDraft.current;
    keepDraft.current = false;
    setDraft((d) => (keep && d && base ? { ...d, version: base.version } : base));
  }, [base]);
  if (settings.isLoading || !draft) {
    return settings.error ? (
      <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
    ) : (
      <PageLoader />
    );
  }
  const s = settings.data as CertificateSettings;
  const dirty = JSON.stringify(draft) !== JSON.stringify(base);
  const errors = { ...serverErrors, ...liveErrors(draft) };
  const change = (next: Draft) => {
    setDraft(next);
    setServerErrors({});
  };
  const save = async () => {
    setSaving(true);
    try {
      const saved = await api<CertificateSettings>('PUT', `${certificatesApi(conferenceId)}/settings`, draft);
      qc.setQueryData(certificateSettingsKey(conferenceId), saved);
      notifications.show({ color: 'green', message: t('cert.page.saved') });
    } catch (err) {
      if (err instanceof ApiError && err.isConflict) {
        notifications.show({ color: 'orange', message: t('cert.page.conflict') });
        await settings.refetch();
      } else if (err instanceof ApiError) {
        setServerErrors(fieldErrors(err));
        notifications.show({ color: 'red', message: err.message });
      } else notifications.show({ color: 'red', message: t('errors.generic') });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={`/conferences/${conferenceId}`} size="sm">
        {t('cert.page.back')}
      </Anchor>
      <Title order={1} fz="h2">
        {t('cert.page.title')}
      </Title>
      {s.honoreeCount === 0 ? (
        <Alert color="yellow">{t('cert.page.none')}</Alert>
      ) : (
        <Text>{t('cert.page.count', { count: s.honoreeCount })}</Text>
      )}
      <Actions cid={conferenceId} s={s} dirty={dirty} />
      <ContentSection
        draft={draft}
        onChange={change}
        errors={errors}
        fallback={s.fallback}
        issued={s.issuedDecision}
      />
      <ImagesSection
        cid={conferenceId}
        s={s}
        onSaved={(saved) => {
          keepDraft.current = true;
          qc.setQueryData(certificateSettingsKey(conferenceId), saved);
        }}
      />
      <CalibrationSection draft={draft} onChange={change} errors={errors} />
      <LayoutSection draft={draft} onChange={change} errors={errors} />
      <Paper withBorder p="md" pos="sticky" bottom={0} style={{ zIndex: 2 }}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('cert.page.mode')}
            value={draft.defaultMode}
            onChange={(v) => change({ ...draft, defaultMode: v as CertificateModeValue })}
            data={[
              { value: 'design', label: t('cert.page.design') },
              { value: 'blank', label: t('cert.page.blank') },
            ]}
          />
          <Button
            onClick={() => void save()}
            loading={saving}
            disabled={!dirty || Object.keys(liveErrors(draft)).length > 0}
          >
            {t('cert.page.save')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
