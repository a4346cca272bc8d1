import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/schemas/document-register';
import { ApiError, api } from '../../lib/api';
import { fromVietnamLocal, toVietnamLocal } from '../../lib/format';
import { invalidateRegister, registerApi } from './queries';

/**
 * Ban hành: who signs, when, and (optionally) the date printed. Either a kind (a draft made and
 * issued at once) or an existing draft of the register (a new version).
 */
export function IssueModal({
  cid,
  label,
  target,
  initialSigner,
  onClose,
}: {
  cid: string;
  label: string;
  target: { kind: string; meetingId?: string } | { draftId: string };
  initialSigner: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [signerName, setSignerName] = useState(initialSigner);
  const [signedAt, setSignedAt] = useState(toVietnamLocal(new Date().toISOString()).slice(0, 16));
  const [documentDate, setDocumentDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const at = fromVietnamLocal(signedAt);
    if (!signerName.trim() || !at) {
      setErrors({ form: t('doc.issue.required') });
      return;
    }
    setBusy(true);
    try {
      const body = { signerName: signerName.trim(), signedAt: at, ...(documentDate ? { documentDate } : {}) };
      const entry =
        'kind' in target
          ? await api<RegisterEntry>('POST', `${registerApi(cid)}/issue`, {
              ...body,
              kind: target.kind,
              ...(target.meetingId ? { meetingId: target.meetingId } : {}),
            })
          : await api<RegisterEntry>('POST', `${registerApi(cid)}/${target.draftId}/issue`, body);
      notifications.show({ color: 'green', message: t('doc.issue.done', { numberLine: entry.numberLine }) });
      invalidateRegister(qc, cid);
      onClose();
    } catch (err) {
      if (err instanceof ApiError) setErrors({ ...(err.fields ?? {}), form: err.message });
      else setErrors({ form: t('errors.generic') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('doc.issue.title', { label })} fullScreen={false} size="md">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('doc.issue.help')}
        </Text>
        <TextInput
          label={t('doc.issue.signerName')}
          value={signerName}
          onChange={(e) => setSignerName(e.currentTarget.value)}
          error={errors.signerName}
          required
          data-autofocus
        />
        <TextInput
          type="datetime-local"
          label={t('doc.issue.signedAt')}
          value={signedAt}
          onChange={(e) => setSignedAt(e.currentTarget.value)}
          error={errors.signedAt}
          required
        />
        <TextInput
          type="date"
          label={t('doc.issue.documentDate')}
          value={documentDate}
          onChange={(e) => setDocumentDate(e.currentTarget.value)}
          error={errors.documentDate}
        />
        {errors.form && (
          <Text c="red" size="sm" role="alert">
            {errors.form}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('doc.issue.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy}>
            {t('doc.issue.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
