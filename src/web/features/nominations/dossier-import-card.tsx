import { Alert, Button, FileButton, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiUpload } from '../../lib/api';
import { invalidateNominationData, useAwardForms } from './queries';

/**
 * Nhập hồ sơ đoàn: the ZIP another Vinh Danh exported for its upper-level delegation becomes
 * draft nominations of this unit (the server checks every file's SHA-256; all or nothing).
 */
export function DossierImportCard({ conferenceId, unitId }: { conferenceId: string; unitId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const forms = useAwardForms(conferenceId);
  const [file, setFile] = useState<File | null>(null);
  const [formId, setFormId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const query = formId ? `?awardFormId=${encodeURIComponent(formId)}` : '';
      const res = await apiUpload<{ message: string }>(
        `/api/conferences/${conferenceId}/units/${unitId}/nominations/import-dossier${query}`,
        file,
      );
      setDone(res.message);
      setFile(null);
      await invalidateNominationData(qc, conferenceId);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="dossier-import">
      <Title order={2} fz="lg" mb={4}>
        {t('nom.dossier.title')}
      </Title>
      <Text size="md" mb="sm">
        {t('nom.dossier.help')}
      </Text>
      <Stack>
        <Select
          label={t('nom.dossier.form')}
          placeholder={t('nom.dossier.formPlaceholder')}
          clearable
          data={(forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
          value={formId}
          onChange={setFormId}
        />
        <FileButton
          onChange={(f) => {
            setFile(f);
            setError(null);
            setDone(null);
          }}
          accept=".zip,application/zip"
        >
          {(props) => (
            <Button {...props} size="lg" h={56} variant="outline" fullWidth>
              {t('nom.dossier.choose')}
            </Button>
          )}
        </FileButton>
        {file && (
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {file.name}
          </Text>
        )}
        <Button size="lg" h={56} fullWidth disabled={!file} loading={busy} onClick={() => void run()}>
          {t('nom.dossier.submit')}
        </Button>
        {done && (
          <Alert color="green" variant="light" role="status">
            {done}
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert" title={t('errors.title')}>
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
