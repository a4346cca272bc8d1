import { Alert, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUpload } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { nominationDataKeys, useAwardForms } from './queries';
import { StepCard, UploadPicker } from './upload-picker';

/**
 * Nhập hồ sơ đoàn: the ZIP another Vinh Danh exported for its upper-level delegation becomes
 * draft nominations of this unit (the server checks every file's SHA-256; all or nothing).
 */
export function DossierImportCard({ conferenceId, unitId }: { conferenceId: string; unitId: string }) {
  const { t } = useTranslation();
  const forms = useAwardForms(conferenceId);
  const [file, setFile] = useState<File | null>(null);
  const [formId, setFormId] = useState<string | null>(null);
  const upload = useApiMutation({
    mutationFn: ({ file, formId }: { file: File; formId: string | null }) =>
      apiUpload<{ message: string }>(
        `/api/conferences/${conferenceId}/units/${unitId}/nominations/import-dossier${formId ? `?awardFormId=${encodeURIComponent(formId)}` : ''}`,
        file,
      ),
    invalidate: nominationDataKeys(conferenceId),
    onSuccess: () => setFile(null),
  });

  return (
    <StepCard title={t('nom.dossier.title')} help={t('nom.dossier.help')} testId="dossier-import">
      <UploadPicker
        accept=".zip,application/zip"
        chooseLabel={t('nom.dossier.choose')}
        submitLabel={t('nom.dossier.submit')}
        file={file}
        onFile={(f) => {
          setFile(f);
          upload.reset();
        }}
        loading={upload.isPending}
        onSubmit={() => file && upload.mutate({ file, formId })}
      >
        <Select
          label={t('nom.dossier.form')}
          placeholder={t('nom.dossier.formPlaceholder')}
          clearable
          data={(forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
          value={formId}
          onChange={setFormId}
        />
      </UploadPicker>
      {upload.data && (
        <Alert color="green" variant="light" role="status" mt="md">
          {upload.data.message}
        </Alert>
      )}
      {upload.error && (
        <Alert color="red" variant="light" role="alert" title={t('errors.title')} mt="md">
          {upload.error}
        </Alert>
      )}
    </StepCard>
  );
}
