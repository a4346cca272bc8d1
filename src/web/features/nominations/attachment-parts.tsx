import { Box, Button, FileButton, Group, Image, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// What the nomination's file list looks like, before its first save (staged) and after (stored).

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Photos, PDF and Word files (the server checks the bytes: JPG, PNG, PDF, DOCX). */
const ACCEPT = 'image/*,application/pdf,.docx';

export const sizeText = (n: number) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;

export const isImage = (mimeType: string) => mimeType.startsWith('image/');

/** "Chụp ảnh" opens the phone's camera at once; "Chọn tệp" offers photos, PDF and Word files. */
export function AttachmentPickers({ onPick, busy }: { onPick: (file: File) => void; busy?: boolean }) {
  const { t } = useTranslation();
  const pick = (file: File | null) => file && onPick(file);
  return (
    <SimpleGrid cols={2} spacing="sm" mt="xs">
      <FileButton onChange={pick} accept="image/*" capture="environment">
        {(props) => (
          <Button {...props} size="lg" h={56} variant="outline" loading={busy} px="xs">
            {t('nom.files.camera')}
          </Button>
        )}
      </FileButton>
      <FileButton onChange={pick} accept={ACCEPT}>
        {(props) => (
          <Button {...props} size="lg" h={56} variant="outline" disabled={busy} px="xs">
            {t('nom.files.choose')}
          </Button>
        )}
      </FileButton>
    </SimpleGrid>
  );
}

/**
 * One file: a photo as a thumbnail (the browser scales the original down: 72 px, cropped to a
 * square), another file as its type; the name (a download, where given), its size, and ✕.
 */
export function FileRow(props: {
  name: string;
  size: number;
  /** The image to show small (a stored photo's URL, or a chosen photo's object URL). */
  thumbnailUrl: string | null;
  /** The name as a link or button; plain text when absent. */
  nameAs?: (name: string) => ReactNode;
  onRemove?: () => void;
  removeLabel: string;
}) {
  const ext = props.name.split('.').pop()?.toUpperCase().slice(0, 4) ?? '';
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="attachment-row">
      <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
        {props.thumbnailUrl ? (
          <Image
            src={props.thumbnailUrl}
            alt={props.name}
            w={72}
            h={72}
            fit="cover"
            radius="sm"
            loading="lazy"
            style={{ flexShrink: 0 }}
            data-testid="attachment-thumbnail"
          />
        ) : (
          <ThemeIcon size={72} variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
            <Text fw={700} size="sm">
              {ext}
            </Text>
          </ThemeIcon>
        )}
        <Box style={{ minWidth: 0 }}>
          {props.nameAs ? (
            props.nameAs(props.name)
          ) : (
            <Text style={{ overflowWrap: 'anywhere' }}>{props.name}</Text>
          )}
          <Text size="sm" c="dimmed">
            {sizeText(props.size)}
          </Text>
        </Box>
      </Group>
      {props.onRemove && (
        <Button
          size="md"
          px="sm"
          variant="subtle"
          color="red"
          aria-label={props.removeLabel}
          onClick={props.onRemove}
        >
          ✕
        </Button>
      )}
    </Group>
  );
}
