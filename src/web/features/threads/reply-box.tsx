import { Alert, Button, Card, FileInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadView } from '../../../shared/schemas/threads';
import { useApiMutation } from '../../lib/use-api-mutation';
import { sendMessage, textToHtml, threadKey, threadsKey } from './queries';

/** The unit's reply or the office's answer, with files. */
export function ReplyBox({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const label = thread.permissions.canAnswer ? t('threads.answer') : t('threads.reply');
  const send = useApiMutation({
    mutationFn: () => sendMessage(thread, textToHtml(text), files),
    invalidate: [threadKey(thread.id), threadsKey],
    successMessage: t('threads.replySent'),
    onSuccess: () => {
      setText('');
      setFiles([]);
    },
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate(undefined);
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={label}
          description={t('threads.textHelp')}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
        />
        <FileInput
          label={t('threads.files')}
          multiple
          clearable
          value={files}
          onChange={setFiles}
          accept=".pdf,.jpg,.jpeg,.png,.docx"
        />
        {send.error && <Alert color="red">{send.error}</Alert>}
        <Button
          type="submit"
          loading={send.isPending}
          disabled={!text.trim()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('threads.send')}
        </Button>
      </Stack>
    </Card>
  );
}
