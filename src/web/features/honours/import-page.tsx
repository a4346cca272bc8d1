import { Alert, Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api';
import { useCurrentOrg } from '../../lib/current-org';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useBusyDownload } from '../../lib/use-busy-download';
import { usePageTitle } from '../../lib/use-page-title';
import { useRowErrorText } from '../nominations/import-page';
import { StepCard, UploadPicker } from '../nominations/upload-picker';
import { honoursKey, importHonours, templatePath } from './queries';

/** Nhập khen thưởng cũ: the template, the filled file, every error by row — all rows or none. */
export function HonoursImportPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const orgId = organization?.id ?? '';
  const rowText = useRowErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [download, busy] = useBusyDownload();
  usePageTitle(t('honours.import.title'));
  const upload = useApiMutation({
    mutationFn: (f: File) => importHonours(orgId, f),
    invalidate: [honoursKey(orgId)],
    onSuccess: () => setFile(null),
  });
  const rows = upload.failureReason instanceof ApiError ? upload.failureReason.rows : [];
  const done = upload.data ?? null;

  return (
    <Stack gap="md" maw={760}>
      <Stack gap={2}>
        <Anchor component={Link} to="/honours" size="sm">
          {t('honours.subject.back')}
        </Anchor>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('honours.import.title')}
        </Title>
        <Text c="dimmed">{t('honours.import.help')}</Text>
      </Stack>
      <StepCard title={t('honours.import.step1')} help={t('honours.import.step1Help')}>
        <Button
          size="lg"
          h={56}
          fullWidth
          variant="light"
          loading={busy !== null}
          disabled={!orgId}
          onClick={() => download('template', templatePath(orgId), t('honours.import.templateFile'))}
        >
          {t('common.downloadTemplate')}
        </Button>
      </StepCard>
      <StepCard title={t('honours.import.step2')} help={t('honours.import.step2Help')} />
      <StepCard title={t('honours.import.step3')}>
        <UploadPicker
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          chooseLabel={t('honours.import.choose')}
          submitLabel={t('honours.import.submit')}
          file={file}
          fileTestId="chosen-file"
          onFile={(f) => {
            setFile(f);
            upload.reset();
          }}
          loading={upload.isPending}
          onSubmit={() => file && upload.mutate(file)}
        />
      </StepCard>

      {done && (
        <Alert color="green" variant="filled" role="status" data-testid="import-done">
          <Stack gap="sm" align="flex-start">
            <Text fz="lg">
              {t('honours.import.done', { imported: done.imported, subjects: done.subjectsCreated })}
            </Text>
            <Button component={Link} to="/honours" color="white" variant="white" size="md">
              {t('honours.import.toRegister')}
            </Button>
          </Stack>
        </Alert>
      )}
      {upload.error && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          data-testid="import-errors"
          title={rows.length ? t('honours.import.errorsTitle', { count: rows.length }) : t('errors.title')}
        >
          {rows.length === 0 ? (
            <Text>{upload.error}</Text>
          ) : (
            <>
              <Text size="sm" mb="xs">
                {t('honours.import.errorsHelp')}
              </Text>
              <List size="md" spacing={4}>
                {rows.map((e) => (
                  <List.Item key={`${e.row}|${e.column}|${e.message}`} style={{ overflowWrap: 'anywhere' }}>
                    {rowText(e)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}
