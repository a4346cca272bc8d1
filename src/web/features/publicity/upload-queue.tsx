import './catalog';
import { Alert, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { mediaKey, uploadPhoto } from './queries';

type Item = {
  key: string;
  name: string;
  percent: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: string;
};

/**
 * Tải ảnh lên: several photos chosen at once, sent one after another (a phone on a slow link),
 * each with its progress and, when refused, the server's Vietnamese message naming the file.
 */
export function UploadQueue({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Item[]>([]);
  const patch = (key: string, p: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...p } : i)));

  async function start(files: File[]) {
    const batch = files.map((f, n) => ({
      file: f,
      item: { key: `${Date.now()}-${n}-${f.name}`, name: f.name, percent: 0, state: 'waiting' as const },
    }));
    setItems((list) => [...batch.map((b) => b.item), ...list]);
    for (const { file, item } of batch) {
      patch(item.key, { state: 'uploading' });
      try {
        await uploadPhoto(organizationId, file, (percent) => patch(item.key, { percent }));
        patch(item.key, { state: 'done', percent: 100 });
      } catch (err) {
        patch(item.key, {
          state: 'failed',
          error: err instanceof ApiError ? err.message : t('errors.generic'),
        });
      }
    }
    await queryClient.invalidateQueries({ queryKey: mediaKey(organizationId) });
  }

  return (
    <Stack gap="xs">
      <FileInput
        label={t('media.library.choose')}
        description={t('media.library.chooseHelp')}
        accept="image/jpeg,image/png,image/webp"
        multiple
        clearable={false}
        value={[]}
        onChange={(files) => files.length > 0 && void start(files)}
        data-testid="photo-input"
      />
      {items.map((i) => (
        <div key={i.key} data-testid="upload-item">
          {i.state === 'failed' ? (
            <Alert color="red" role="alert" p="xs">
              {i.error}
            </Alert>
          ) : (
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" style={{ flex: '0 1 40%', overflowWrap: 'anywhere' }}>
                {i.name}
              </Text>
              <Progress
                value={i.percent}
                style={{ flex: 1 }}
                aria-label={t('media.library.progressLabel', { name: i.name })}
                color={i.state === 'done' ? 'green' : 'blue'}
              />
              <Text size="sm" c={i.state === 'done' ? 'green.8' : 'dimmed'} aria-live="polite">
                {i.state === 'done'
                  ? t('media.library.uploaded')
                  : i.state === 'waiting'
                    ? t('media.library.waiting')
                    : `${i.percent}%`}
              </Text>
            </Group>
          )}
        </div>
      ))}
    </Stack>
  );
}
