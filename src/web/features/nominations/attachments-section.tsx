import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, Nomination } from '../../../shared/schemas/nomination-views';
import { SectionCard } from '../../components/section-card';
import { ApiError, downloadFile } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { AttachmentPickers, FileRow, isImage, MAX_ATTACHMENT_BYTES } from './attachment-parts';
import {
  attachmentsUrl,
  nominationDataKeys,
  nominationKey,
  removeAttachment,
  uploadAttachment,
} from './queries';

/** Tệp đính kèm: photos as thumbnails, downloads; add (camera or file) and remove while editable. */
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

  const pick = (file: File) => {
    setTooLarge(null);
    if (file.size > MAX_ATTACHMENT_BYTES) setTooLarge(t('nom.files.tooLarge', { name: file.name }));
    else upload.mutate(file);
  };
  const url = (a: Attachment) => `${attachmentsUrl(cid, n.id)}/${a.id}`;
  const download = (a: Attachment) => {
    setDownloadError(null);
    downloadFile(url(a), a.fileName).catch((err) =>
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
          <FileRow
            key={a.id}
            name={a.fileName}
            size={a.size}
            thumbnailUrl={isImage(a.mimeType) ? url(a) : null}
            nameAs={(name) => (
              <Anchor
                component="button"
                type="button"
                onClick={() => download(a)}
                style={{ overflowWrap: 'anywhere', textAlign: 'left' }}
                aria-label={t('nom.files.download', { name })}
                py={6}
              >
                {name}
              </Anchor>
            )}
            onRemove={n.permissions.canEdit ? () => remove.mutate(a) : undefined}
            removeLabel={t('nom.files.remove', { name: a.fileName })}
          />
        ))}
        {error && (
          <Alert color="red" role="alert" variant="light">
            {error}
          </Alert>
        )}
        {n.permissions.canEdit && <AttachmentPickers onPick={pick} busy={upload.isPending} />}
      </Stack>
    </SectionCard>
  );
}
