import { Alert, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, Nomination } from '../../../shared/schemas/nomination-views';
import { SectionCard } from '../../components/section-card';
import { ApiError, downloadFile } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import {
  attachmentsUrl,
  nominationDataKeys,
  nominationKey,
  removeAttachment,
  uploadAttachment,
} from './queries';

const MAX_BYTES = 10 * 1024 * 1024;
/** Photos (a phone offers its camera), PDF and Word files. */
const ACCEPT = 'image/*,application/pdf,.docx';

const sizeText = (n: number) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;

/** Tệp đính kèm: list with downloads; add (a phone offers its camera) and remove while editable. */
export function AttachmentsSection({ nomination: n }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const cid = n.conferenceId;
  const upload = useApiMutation({
    mutationFn: (file: File) => uploadAttachment({ cid, id: n.id, file }),
    invalidate: nominationDataKeys(cid),
    onSuccess: (next: Nomination, file) => {
      qc.setQueryData(nominationKey(cid, n.id), next);
      notifications.show({ color: 'green', message: t('nom.files.uploaded', { name: file.name }) });
    },
  });
  const remove = useApiMutation({
    mutationFn: (a: Attachment) => removeAttachment({ cid, id: n.id, attachmentId: a.id }),
    invalidate: nominationDataKeys(cid),
    successMessage: t('nom.files.removed'),
  });
  const error = tooLarge ?? downloadError ?? upload.error ?? remove.error;

  const pick = (file: File | null) => {
    if (!file) return;
    setTooLarge(null);
    if (file.size > MAX_BYTES) setTooLarge(t('nom.files.tooLarge', { name: file.name }));
    else upload.mutate(file);
  };
  const download = (a: Attachment) => {
    setDownloadError(null);
    downloadFile(`${attachmentsUrl(cid, n.id)}/${a.id}`, a.fileName).catch((err) =>
      setDownloadError(err instanceof ApiError ? err.message : t('errors.generic')),
    );
  };

  return (
    <SectionCard
      id="sec-n-files"
      title={`${t('nom.files.title')} (${n.attachments.length})`}
      help={t('nom.files.help')}
    >
      <Stack gap="xs" data-testid="attachments">
        {n.attachments.length === 0 && <Text c="dimmed">{t('nom.files.none')}</Text>}
        {n.attachments.map((a) => (
          <Group key={a.id} justify="space-between" wrap="nowrap" gap="xs">
            <Anchor
              component="button"
              type="button"
              onClick={() => download(a)}
              style={{ minWidth: 0, overflowWrap: 'anywhere', textAlign: 'left' }}
              aria-label={t('nom.files.download', { name: a.fileName })}
              py={6}
            >
              {a.fileName}
            </Anchor>
            <Group gap={4} wrap="nowrap">
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {sizeText(a.size)}
              </Text>
              {n.permissions.canEdit && (
                <Button
                  size="md"
                  px="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('nom.files.remove', { name: a.fileName })}
                  onClick={() => remove.mutate(a)}
                >
                  ✕
                </Button>
              )}
            </Group>
          </Group>
        ))}
        {error && (
          <Alert color="red" role="alert" variant="light">
            {error}
          </Alert>
        )}
        {n.permissions.canEdit && (
          <FileButton onChange={pick} accept={ACCEPT}>
            {(props) => (
              <Button {...props} size="lg" h={56} variant="outline" loading={upload.isPending} mt="xs">
                {upload.isPending ? t('nom.files.uploading') : t('nom.files.add')}
              </Button>
            )}
          </FileButton>
        )}
      </Stack>
    </SectionCard>
  );
}
