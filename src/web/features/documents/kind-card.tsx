import { Badge, Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetings } from '../review/queries';
import { type DocumentKindInfo, documentsApi, useDownload } from './queries';

/** One generated kind: availability, the meeting of the BB, preview, downloads and Ban hành. */
export function KindCard({
  cid,
  k,
  canIssue,
  onPreview,
  onIssue,
}: {
  cid: string;
  k: DocumentKindInfo;
  canIssue: boolean;
  onPreview: (query: string) => void;
  onIssue: (meetingId?: string) => void;
}) {
  const { t } = useTranslation();
  const available = k.available !== false;
  const isMinutes = k.kind === 'minutes';
  const meetings = useMeetings(cid, isMinutes && k.permitted !== false);
  const closed = (meetings.data?.items ?? []).filter((m) => m.status === 'closed');
  const [chosen, setMeeting] = useState<string | null>(null);
  // Not chosen: the latest closed meeting (what the server takes by default).
  const meetingId = isMinutes ? (chosen ?? closed.at(-1)?.id ?? undefined) : undefined;
  const query = meetingId ? `?meetingId=${meetingId}` : '';
  const downloadFile = useDownload();
  const download = (format: 'docx' | 'pdf') =>
    downloadFile(`${documentsApi(cid)}/${k.kind}.${format}${query}`, `${k.kind}.${format}`);
  return (
    <Paper withBorder p="sm" data-testid={`kind-${k.kind}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={600}>{k.label}</Text>
        <Badge color={available ? 'green' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
          {k.type ? `${k.type} · ` : ''}
          {available ? t('doc.page.available') : t('doc.page.unavailable')}
        </Badge>
      </Group>
      {!available && k.reason && (
        <Text size="xs" c="dimmed">
          {k.reason}
        </Text>
      )}
      {isMinutes && closed.length > 0 && (
        <Select
          size="xs"
          mt="xs"
          label={t('doc.page.meeting')}
          value={meetingId ?? null}
          onChange={setMeeting}
          allowDeselect={false}
          data={closed.map((m) => ({
            value: m.id,
            label: `${m.meetingDate.split('-').reverse().join('/')} · ${m.title}`,
          }))}
        />
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="light" disabled={!available} onClick={() => onPreview(query)}>
          {t('doc.page.preview')}
        </Button>
        <Button size="xs" variant="default" disabled={!available} onClick={() => void download('docx')}>
          {t('common.downloadDocx')}
        </Button>
        <Button size="xs" variant="default" disabled={!available} onClick={() => void download('pdf')}>
          {t('common.downloadPdf')}
        </Button>
        {canIssue && (
          <Button size="xs" disabled={!available} onClick={() => onIssue(meetingId)}>
            {t('doc.page.issue')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
