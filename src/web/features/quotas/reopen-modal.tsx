import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SubmissionRowView } from '../../../shared/schemas/quotas';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { submissionsKey } from '../nominations/queries';
import { reopenUnit } from './queries';

/** Gia hạn cho một đơn vị: until a date, with a reason (audited). */
export function ReopenModal({
  conferenceId,
  row,
  today,
  onClose,
}: {
  conferenceId: string;
  row: SubmissionRowView;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { until: today, reason: '' } });
  const reopen = useApiMutation({
    mutationFn: (v: { until: string; reason: string }) => reopenUnit(conferenceId, row.unitId, v),
    invalidate: [submissionsKey(conferenceId)],
    form,
    successMessage: t('nom.submissions.reopened', {
      unit: row.unitName,
      date: formatDate(form.values.until),
    }),
    onSuccess: onClose,
  });
  const { until } = form.values;
  return (
    <FormModal
      title={t('nom.submissions.reopenTitle', { unit: row.unitName })}
      onClose={onClose}
      onSubmit={form.onSubmit((v) => reopen.mutate(v))}
      saving={reopen.isPending}
      error={reopen.error}
      saveLabel={t('nom.submissions.reopen')}
    >
      <DateField
        label={t('nom.submissions.until')}
        required
        value={until}
        onChange={(v) => form.setFieldValue('until', v ?? '')}
        error={form.errors.until}
      />
      <Textarea
        label={t('nom.submissions.reason')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
