import { Alert, Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { canIn } from '../../lib/actor';
import { ApiError, apiUpload, downloadFile, type RowError } from '../../lib/api';
import { useRequiredMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { DossierImportCard } from './dossier-import-card';
import { nominationDataKeys } from './queries';
import { StepCard, UploadPicker } from './upload-picker';

/** "Dòng 7, cột 'Năm sinh': …" */
export function useRowErrorText() {
  const { t } = useTranslation();
  return (e: RowError) =>
    e.row > 0 && e.column
      ? t('nom.import.rowColumn', { row: e.row, column: e.column, message: e.message })
      : e.row > 0
        ? t('nom.import.row', { row: e.row, message: e.message })
        : e.message;
}

/** Nhập danh sách từ Excel: download the unit's template, fill it, import it — all rows or none. */
export function ImportPage() {
  const { t } = useTranslation();
  const { conferenceId = '', unitId = '' } = useParams();
  const rowText = useRowErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const me = useRequiredMe();
  const conference = useConference(conferenceId);
  usePageTitle(t('nom.import.title'));
  const unitPath = `/conferences/${conferenceId}/units/${unitId}`;
  const api = `/api/conferences/${conferenceId}/units/${unitId}/nominations`;
  const upload = useApiMutation({
    mutationFn: (f: File) => apiUpload<{ created: number }>(`${api}/import`, f),
    invalidate: nominationDataKeys(conferenceId),
    onSuccess: () => setFile(null),
  });
  const rows = upload.failureReason instanceof ApiError ? upload.failureReason.rows : [];
  const error = downloadError ?? upload.error;
  const created = upload.data?.created ?? null;

  const download = () => {
    setDownloading(true);
    setDownloadError(null);
    downloadFile(`${api}/template.xlsx`, 'Mau-danh-sach-de-nghi.xlsx')
      .catch((err) => setDownloadError(err instanceof ApiError ? err.message : t('errors.generic')))
      .finally(() => setDownloading(false));
  };

  return (
    <Stack gap="md" maw={760}>
      <Stack gap={2}>
        <Anchor component={Link} to={unitPath} size="sm">
          {t('nom.nav.backToUnit')}
        </Anchor>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('nom.import.title')}
        </Title>
      </Stack>

      <StepCard title={t('nom.import.step1')} help={t('nom.import.step1Help')}>
        <Button size="lg" h={56} fullWidth variant="light" loading={downloading} onClick={download}>
          {t('common.downloadTemplate')}
        </Button>
      </StepCard>
      <StepCard title={t('nom.import.step2')} help={t('nom.import.step2Help')} />
      <StepCard title={t('nom.import.step3')}>
        <UploadPicker
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          chooseLabel={t('nom.import.choose')}
          submitLabel={t('nom.import.submit')}
          file={file}
          fileTestId="chosen-file"
          onFile={(f) => {
            setFile(f);
            setDownloadError(null);
            upload.reset();
          }}
          loading={upload.isPending}
          onSubmit={() => file && upload.mutate(file)}
        />
      </StepCard>

      {created !== null && (
        <Alert color="green" variant="filled" role="status" data-testid="import-done">
          <Stack gap="sm" align="flex-start">
            <Text fz="lg">{t('nom.import.done', { count: created })}</Text>
            <Button component={Link} to={unitPath} color="white" variant="white" size="md">
              {t('nom.nav.backToUnit')}
            </Button>
          </Stack>
        </Alert>
      )}

      {error && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          data-testid="import-errors"
          title={rows.length ? t('nom.import.errorsTitle', { count: rows.length }) : t('errors.title')}
        >
          {rows.length === 0 ? (
            <Text>{error}</Text>
          ) : (
            <>
              <Text size="sm" mb="xs">
                {t('nom.import.errorsHelp')}
              </Text>
              <List size="md" spacing={4}>
                {rows.map((e) => (
                  <List.Item key={`${e.row}|${e.column}|${e.message}`}>{rowText(e)}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}

      {/* Importing another Vinh Danh's dossier is office work (the upper level), not a unit head's */}
      {conference.data && canIn(me, 'nomination.review', conference.data.organizationId) && (
        <DossierImportCard conferenceId={conferenceId} unitId={unitId} />
      )}
    </Stack>
  );
}
