import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { certificateSettingsInput } from '../../../shared/rules/certificate-settings';
import type { CertificateModeValue, CertificateSettings } from '../../../shared/schemas/certificates';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { useConflictNotice } from '../documents/queries';
import { ImagesSection } from './images-section';
import { PrintActions } from './print-actions';
import { certificateSettingsKey, saveCertificateSettings, useCertificateSettings } from './queries';
import {
  CalibrationSection,
  ContentSection,
  type Draft,
  LayoutSection,
  liveErrors,
} from './settings-sections';

export function CertificatesPage() {
  const { conferenceId = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('cert.page.title'));
  const settings = useCertificateSettings(conferenceId);
  if (!settings.data) {
    return settings.error ? (
      <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
    ) : (
      <PageLoader />
    );
  }
  return <CertificatesForm cid={conferenceId} s={settings.data} />;
}

function CertificatesForm({ cid, s }: { cid: string; s: CertificateSettings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const base = useMemo(() => certificateSettingsInput(s), [s]);
  const form = useForm<Draft>({ initialValues: base });
  // An image upload bumps the version: unsaved edits are kept (only the version follows).
  const keepDraft = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the stored settings only
  useEffect(() => {
    const keep = keepDraft.current;
    keepDraft.current = false;
    form.setValues(keep ? { ...form.getValues(), version: base.version } : base);
  }, [base]);
  const save = useApiMutation<Draft, CertificateSettings, CertificateSettings>({
    mutationFn: (draft) => saveCertificateSettings(cid, draft),
    invalidate: [certificateSettingsKey(cid)],
    form,
    successMessage: t('cert.page.saved'),
    onSuccess: (saved) => qc.setQueryData(certificateSettingsKey(cid), saved),
  });
  useConflictNotice(save, t('cert.page.conflict'));
  const draft = form.values;
  const dirty = JSON.stringify(draft) !== JSON.stringify(base);
  const live = liveErrors(draft);
  const errors = { ...(form.errors as Record<string, string>), ...live };
  const change = (next: Draft) => {
    form.setValues(next);
    form.clearErrors();
  };
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
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
      <PrintActions cid={cid} s={s} dirty={dirty} />
      <ContentSection
        draft={draft}
        onChange={change}
        errors={errors}
        fallback={s.fallback}
        issued={s.issuedDecision}
      />
      <ImagesSection
        cid={cid}
        s={s}
        onSaved={(saved) => {
          keepDraft.current = true;
          qc.setQueryData(certificateSettingsKey(cid), saved);
        }}
      />
      <CalibrationSection draft={draft} onChange={change} errors={errors} />
      <LayoutSection draft={draft} onChange={change} errors={errors} />
      <Paper withBorder p="md" pos="sticky" bottom={0} style={{ zIndex: 2 }}>
        {save.error && (
          <Text c="red" size="sm" role="alert" mb="xs">
            {save.error}
          </Text>
        )}
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
            onClick={() => save.mutate(draft)}
            loading={save.isPending}
            disabled={!dirty || Object.keys(live).length > 0}
          >
            {t('cert.page.save')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
