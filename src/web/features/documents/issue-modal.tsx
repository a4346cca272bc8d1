import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField, DateTimeField } from '../../components/date-field';
import { fromVietnamLocal, toVietnamLocal } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { type IssueTarget, issueDocument, registerKey } from './queries';

type Values = { signerName: string; signedAt: string; documentDate: string };

/**
 * Ban hành: who signs, when, and (optionally) the date printed. Either a kind (a draft made and
 * issued at once) or an existing draft of the register (a new version).
 */
export function IssueModal({
  cid,
  label,
  target,
  initialSigner,
  initialDocumentDate = '',
  onClose,
}: {
  cid: string;
  label: string;
  target: IssueTarget;
  initialSigner: string;
  /** The QĐ: the date set for its draft, so it is issued with the amounts its preview showed. */
  initialDocumentDate?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      signerName: initialSigner,
      signedAt: toVietnamLocal(new Date().toISOString()).slice(0, 16),
      documentDate: initialDocumentDate,
    },
  });
  const issue = useApiMutation({
    mutationFn: (v: Values & { at: string }) =>
      issueDocument(cid, target, {
        signerName: v.signerName.trim(),
        signedAt: v.at,
        ...(v.documentDate ? { documentDate: v.documentDate } : {}),
      }),
    invalidate: [registerKey(cid)],
    form,
    onSuccess: (entry) => {
      notifications.show({ color: 'green', message: t('doc.issue.done', { numberLine: entry.numberLine }) });
      onClose();
    },
  });
  const submit = form.onSubmit((v) => {
    const at = fromVietnamLocal(v.signedAt);
    if (!v.signerName.trim() || !at) form.setErrors({ form: t('doc.issue.required') });
    else issue.mutate({ ...v, at });
  });
  const formError = (form.errors.form as string | undefined) ?? issue.error;

  return (
    <Modal opened onClose={onClose} title={t('doc.issue.title', { label })} fullScreen={false} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('doc.issue.help')}
          </Text>
          <TextInput
            label={t('doc.issue.signerName')}
            {...form.getInputProps('signerName')}
            required
            data-autofocus
          />
          <DateTimeField
            label={t('doc.issue.signedAt')}
            value={form.values.signedAt}
            onChange={(local) => form.setFieldValue('signedAt', local)}
            error={form.errors.signedAt}
            required
          />
          <DateField
            label={t('doc.issue.documentDate')}
            value={form.values.documentDate || null}
            onChange={(d) => form.setFieldValue('documentDate', d ?? '')}
            error={form.errors.documentDate}
          />
          {formError && (
            <Text c="red" size="sm" role="alert">
              {formError}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('doc.issue.cancel')}
            </Button>
            <Button type="submit" loading={issue.isPending}>
              {t('doc.issue.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
