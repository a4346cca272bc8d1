import {
  Alert,
  Button,
  Card,
  FileInput,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ThreadListView } from '../../../shared/schemas/threads';
import { useApiMutation } from '../../lib/use-api-mutation';
import { raiseThread, textToHtml, threadPath, threadsKey, useLinkOptions } from './queries';

type Values = { unitId: string; topic: string; text: string; conferenceId: string; nominationId: string };

/** Gửi phản ánh: a unit head's form (topic, text, files, optionally a conference and a nomination). */
export function RaiseForm({ orgId, units }: { orgId: string; units: ThreadListView['units'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [files, setFiles] = useState<File[]>([]);
  const form = useForm<Values>({
    initialValues: { unitId: units[0]?.id ?? '', topic: '', text: '', conferenceId: '', nominationId: '' },
  });
  const links = useLinkOptions(orgId, form.values.unitId || null);
  const confs = links.data?.conferences ?? [];
  const conf = confs.find((c) => c.id === form.values.conferenceId);
  const send = useApiMutation({
    mutationFn: (v: Values) =>
      raiseThread(
        orgId,
        {
          unitId: v.unitId,
          topic: v.topic,
          bodyHtml: textToHtml(v.text),
          conferenceId: v.conferenceId || null,
          nominationId: v.nominationId || null,
          unitReportId: null,
        },
        files,
      ),
    invalidate: [threadsKey],
    form,
    successMessage: t('threads.sent'),
    onSuccess: (view) => navigate(threadPath(view.id)),
  });
  return (
    <Card withBorder component="section" aria-labelledby="raise-title">
      <form onSubmit={form.onSubmit((v) => send.mutate(v))}>
        <Stack gap="sm">
          <Title order={2} fz="lg" id="raise-title">
            {t('threads.raise')}
          </Title>
          {units.length > 1 && (
            <NativeSelect
              label={t('threads.unit')}
              data={units.map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps('unitId')}
            />
          )}
          <TextInput label={t('threads.topic')} required maxLength={200} {...form.getInputProps('topic')} />
          <Textarea
            label={t('threads.text')}
            description={t('threads.textHelp')}
            required
            autosize
            minRows={4}
            {...form.getInputProps('text')}
            error={form.errors.text ?? form.errors.bodyHtml}
          />
          <NativeSelect
            label={t('threads.conference')}
            data={[
              { value: '', label: t('threads.none') },
              ...confs.map((c) => ({ value: c.id, label: c.name })),
            ]}
            {...form.getInputProps('conferenceId')}
            onChange={(e) => form.setValues({ conferenceId: e.currentTarget.value, nominationId: '' })}
          />
          {conf && conf.nominations.length > 0 && (
            <NativeSelect
              label={t('threads.nomination')}
              data={[
                { value: '', label: t('threads.none') },
                ...conf.nominations.map((n) => ({ value: n.id, label: n.name })),
              ]}
              {...form.getInputProps('nominationId')}
            />
          )}
          <FileInput
            label={t('threads.files')}
            multiple
            clearable
            value={files}
            onChange={setFiles}
            accept=".pdf,.jpg,.jpeg,.png,.docx"
          />
          {send.error && <Alert color="red">{send.error}</Alert>}
          <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('threads.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
