import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/section-card';
import { AttachmentPickers, FileRow, isImage, MAX_ATTACHMENT_BYTES } from './attachment-parts';

/** A file waiting for the first save, with a key of its own (the same file may be chosen twice). */
export type StagedFile = { key: number; file: File };
let nextKey = 1;

/**
 * Tệp đính kèm of a nomination not saved yet: photos taken and files chosen wait here (photos
 * shown from the phone's own copy) and are sent right after "Lưu bản nháp" creates it.
 */
export function StagedAttachments({
  files,
  onChange,
}: {
  files: StagedFile[];
  onChange: (files: StagedFile[]) => void;
}) {
  const { t } = useTranslation();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const previews = useMemo(
    () => files.map(({ file }) => (isImage(file.type) ? URL.createObjectURL(file) : null)),
    [files],
  );
  useEffect(
    () => () => {
      for (const u of previews) if (u) URL.revokeObjectURL(u);
    },
    [previews],
  );

  const pick = (file: File) => {
    setTooLarge(null);
    if (file.size > MAX_ATTACHMENT_BYTES) setTooLarge(t('nom.files.tooLarge', { name: file.name }));
    else onChange([...files, { key: nextKey++, file }]);
  };

  return (
    <SectionCard
      id="sec-n-files"
      title={`${t('nom.files.title')} (${files.length})`}
      help={t('nom.files.stagedHelp')}
    >
      <Stack gap="xs" data-testid="attachments">
        {files.length === 0 && <Text c="dimmed">{t('nom.files.none')}</Text>}
        {files.map(({ key, file }, i) => (
          <FileRow
            key={key}
            name={file.name}
            size={file.size}
            thumbnailUrl={previews[i] ?? null}
            onRemove={() => onChange(files.filter((f) => f.key !== key))}
            removeLabel={t('nom.files.remove', { name: file.name })}
          />
        ))}
        {tooLarge && (
          <Alert color="red" role="alert" variant="light">
            {tooLarge}
          </Alert>
        )}
        <AttachmentPickers onPick={pick} />
      </Stack>
    </SectionCard>
  );
}
