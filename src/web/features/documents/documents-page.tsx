import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegisterEntry } from '../../../shared/schemas/document-register';
import { ErrorState, PageLoader } from '../../components/page-state';
import { PdfPreviewModal } from '../../components/pdf-preview-modal';
import { SectionCard } from '../../components/section-card';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { DocumentSettingsSection } from './document-settings-section';
import { IssueModal } from './issue-modal';
import { KindCard } from './kind-card';
import {
  type DocumentKindInfo,
  documentsApi,
  documentsRole,
  type IssueTarget,
  useDocumentKinds,
  useDocumentSettings,
  useRegister,
} from './queries';
import { RegisterList } from './register-list';

export function DocumentsPage() {
  const { t } = useTranslation();
  const cid = useParams().conferenceId!;
  const me = useRequiredMe();
  const conf = useConference(cid);
  const kinds = useDocumentKinds(cid);
  const register = useRegister(cid);
  // the draft QĐ's date (Cài đặt văn bản): issuing the QĐ starts from it
  const draftDate = useDocumentSettings(cid).data?.decisionDate ?? '';
  const [preview, setPreview] = useState<{ k: DocumentKindInfo; query: string } | null>(null);
  const [issuing, setIssuing] = useState<{
    label: string;
    target: IssueTarget;
    signer: string;
    date?: string;
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
      <SectionCard id="sec-kinds" title={t('doc.page.kinds')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {(kinds.data ?? []).map((k) => (
            <KindCard
              key={k.kind}
              cid={cid}
              k={k}
              canIssue={canIssue}
              onPreview={(query) => setPreview({ k, query })}
              onIssue={(meetingId) =>
                setIssuing({
                  label: k.label,
                  target: { kind: k.kind, meetingId },
                  signer,
                  date: k.kind === 'decision' ? draftDate : undefined,
                })
              }
            />
          ))}
        </SimpleGrid>
      </SectionCard>
      <DocumentSettingsSection cid={cid} />
      <RegisterList
        cid={cid}
        items={register.data.items}
        canIssue={canIssue}
        onIssueDraft={(e: RegisterEntry) =>
          setIssuing({
            label: e.label,
            target: { draftId: e.id },
            signer: e.signerName || signer,
            date: e.kind === 'decision' ? draftDate : undefined,
          })
        }
      />
      {preview && (
        <PdfPreviewModal
          url={`${documentsApi(cid)}/${preview.k.kind}.pdf${preview.query}`}
          title={preview.k.label}
          note={t('doc.page.preview')}
          fileName={`${preview.k.kind}.pdf`}
          onClose={() => setPreview(null)}
        />
      )}
      {issuing && (
        <IssueModal
          cid={cid}
          label={issuing.label}
          target={issuing.target}
          initialSigner={issuing.signer}
          initialDocumentDate={issuing.date}
          onClose={() => setIssuing(null)}
        />
      )}
    </Stack>
  );
}
