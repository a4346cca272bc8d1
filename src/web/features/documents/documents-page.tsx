import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegisterEntry } from '../../../shared/schemas/document-register';
import { ErrorState, PageLoader } from '../../components/page-state';
import { PdfPreviewModal } from '../../components/pdf-preview-modal';
import { ApiError, downloadFile } from '../../lib/api';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { useMeetings } from '../review/queries';
import { DocumentSettingsSection } from './document-settings-section';
import { IssueModal } from './issue-modal';
import { type DocumentKindInfo, documentsApi, documentsRole, useDocumentKinds, useRegister } from './queries';
import { RegisterList } from './register-list';

function KindCard({
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
  const download = (format: 'docx' | 'pdf') =>
    downloadFile(`${documentsApi(cid)}/${k.kind}.${format}${query}`, `${k.kind}.${format}`).catch((err) =>
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      }),
    );
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
          {t('doc.page.docx')}
        </Button>
        <Button size="xs" variant="default" disabled={!available} onClick={() => void download('pdf')}>
          {t('doc.page.pdf')}
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

export function DocumentsPage() {
  const { t } = useTranslation();
  const cid = useParams().conferenceId!;
  const me = useRequiredMe();
  const conf = useConference(cid);
  const kinds = useDocumentKinds(cid);
  const register = useRegister(cid);
  const [preview, setPreview] = useState<{ k: DocumentKindInfo; query: string } | null>(null);
  const [issuing, setIssuing] = useState<{
    label: string;
    target: { kind: string; meetingId?: string } | { draftId: string };
    signer: string;
  } | null>(null);
  usePageTitle(t('doc.page.title'));

  if (conf.isLoading || register.isLoading || kinds.isLoading) return <PageLoader />;
  if (!conf.data || !register.data) {
    return <ErrorState error={conf.error ?? register.error} onRetry={() => void register.refetch()} />;
  }
  const c = conf.data;
  const canIssue = register.data.canIssue && documentsRole(me, c).canIssue;
  const signer = c.plan.signer?.name ?? '';

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
          {t('doc.nav.backToConference')}
        </Anchor>
        <Title order={1} fz={{ base: 'xl', sm: 'h2' }}>
          {t('doc.page.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {c.plan.name}
        </Text>
      </div>
      <Paper withBorder p="md" component="section" aria-labelledby="sec-kinds">
        <Title order={2} fz="lg" id="sec-kinds" mb="sm">
          {t('doc.page.kinds')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {(kinds.data ?? []).map((k) => (
            <KindCard
              key={k.kind}
              cid={cid}
              k={k}
              canIssue={canIssue}
              onPreview={(query) => setPreview({ k, query })}
              onIssue={(meetingId) =>
                setIssuing({ label: k.label, target: { kind: k.kind, meetingId }, signer })
              }
            />
          ))}
        </SimpleGrid>
      </Paper>
      <DocumentSettingsSection cid={cid} />
      <RegisterList
        cid={cid}
        items={register.data.items}
        canIssue={canIssue}
        onIssueDraft={(e: RegisterEntry) =>
          setIssuing({ label: e.label, target: { draftId: e.id }, signer: e.signerName || signer })
        }
      />
      {preview && (
        <PdfPreviewModal
          url={`${documentsApi(cid)}/${preview.k.kind}.pdf${preview.query}`}
          title={preview.k.label}
          note={t('doc.page.preview')}
          fallback={t('doc.page.pdf')}
          onClose={() => setPreview(null)}
        />
      )}
      {issuing && (
        <IssueModal
          cid={cid}
          label={issuing.label}
          target={issuing.target}
          initialSigner={issuing.signer}
          onClose={() => setIssuing(null)}
        />
      )}
    </Stack>
  );
}
