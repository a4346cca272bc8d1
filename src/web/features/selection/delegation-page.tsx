import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationQuotaLineView, DelegationView } from '../../../shared/schemas/selection';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { conferenceCan } from '../../lib/actor';
import { useRequiredMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { ReviewNav, useReviewContext } from '../review/parts';
import { UpwardPanel } from '../upward/send-panel';
import { DelegateCandidates } from './delegation-delegates';
import { CandidateList, DelegationMembers } from './delegation-lists';
import { type DelegationChoice, selectionApi, storeDelegation, useDelegation, useHonorees } from './queries';

function QuotaBox({
  label,
  used,
  wanted,
  full = used >= wanted,
  testId,
}: {
  label: string;
  used: number;
  wanted: number;
  full?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" bg={full ? 'green.0' : undefined} data-testid={testId}>
      <Text size="sm" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={36} fw={700} lh={1.1}>
          {used}/{wanted}
        </Text>
        {full && (
          <Badge color="green" tt="none">
            {t('rev.delegation.full')}
          </Badge>
        )}
      </Group>
    </Paper>
  );
}

/** The quota's parts by category or attribute ("trong đó 1 khách mời"): count/target each. */
function QuotaParts({ parts }: { parts: DelegationQuotaLineView[] }) {
  const { t } = useTranslation();
  if (parts.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" maw={780} data-testid="quota-parts">
      {parts.map((p) => (
        <QuotaBox
          key={p.id}
          label={p.op === 'exact' ? p.noun : `${p.noun} (${t(`rev.delegation.op.${p.op}`)})`}
          used={p.count}
          wanted={p.target}
          full={p.op === 'min' ? p.count >= p.target : p.full}
          testId={`quota-${p.id.replace(':', '-')}`}
        />
      ))}
    </SimpleGrid>
  );
}

/** The delegation's writes: add, remove, download the dossier; one error line for all three. */
function useDelegationActions(cid: string) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const store = (d: DelegationView) => storeDelegation(qc, cid, d);
  const add = useApiMutation({
    mutationFn: (who: DelegationChoice) => selectionApi.addDelegate(cid, who),
    successMessage: t('rev.delegation.added'),
    onSuccess: store,
  });
  const remove = useApiMutation({
    mutationFn: (m: { id: string; version: number }) => selectionApi.removeDelegate(cid, m),
    successMessage: t('rev.delegation.removed'),
    onSuccess: store,
  });
  const download = useApiMutation({ mutationFn: () => selectionApi.downloadDossier(cid) });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const last = [add, remove, download].find((m) => m.error)?.error ?? null;
  return {
    add,
    remove,
    download,
    error: last === dismissed ? null : last,
    dismiss: () => setDismissed(last),
  };
}

/**
 * Đoàn đi dự hội nghị cấp trên: honorees and delegates (a guest…) chosen within the quota and its
 * parts, and the honorees' dossier (ZIP).
 */
export function DelegationPage() {
  const { t } = useTranslation();
  const { conferenceId: cid, conference, role } = useReviewContext();
  const delegation = useDelegation(cid);
  const honorees = useHonorees(cid);
  const actions = useDelegationActions(cid);
  const d = delegation.data;
  const me = useRequiredMe();
  const canSend = conference.data ? conferenceCan(me, conference.data)('nomination.review') : false;
  usePageTitle(d ? t('rev.delegation.title', { target: d.quota.targetName }) : undefined);
  if (conference.isLoading || delegation.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (delegation.error || !d)
    return <ErrorState error={delegation.error} onRetry={() => delegation.refetch()} />;
  const inDelegation = new Set(d.items.map((m) => m.nominationId));
  const candidates = (honorees.data?.groups ?? [])
    .flatMap((g) => g.items.map((h) => ({ ...h, awardFormName: g.awardFormName })))
    .filter((h) => !inDelegation.has(h.nominationId))
    .sort((a, b) => Number(a.kind === 'individual') - Number(b.kind === 'individual'));

  return (
    <Stack gap="md">
      <ReviewNav conference={conference.data} active="delegation" role={role} />
      <PageHeader
        title={t('rev.delegation.title', { target: d.quota.targetName })}
        help={t('rev.delegation.help')}
      />
      <SimpleGrid cols={2} spacing="sm" maw={520}>
        <QuotaBox
          label={t('rev.delegation.quotaCollectives')}
          used={d.counts.collectives}
          wanted={d.quota.collectives}
          testId="quota-collectives"
        />
        <QuotaBox
          label={t('rev.delegation.quotaIndividuals')}
          used={d.counts.individuals}
          wanted={d.quota.individuals}
          testId="quota-individuals"
        />
      </SimpleGrid>
      <QuotaParts parts={d.parts} />
      <Alert
        color={d.check.ok ? 'green' : 'orange'}
        variant="light"
        title={d.check.ok ? t('rev.delegation.ok') : d.check.messages.join('; ')}
        data-testid="delegation-check"
        aria-live="polite"
      />
      {actions.error && (
        <Alert
          color="red"
          role="alert"
          data-testid="delegation-error"
          withCloseButton
          onClose={actions.dismiss}
        >
          {actions.error}
        </Alert>
      )}
      <DelegationMembers
        delegation={d}
        removing={actions.remove.isPending ? (actions.remove.variables?.id ?? null) : null}
        onRemove={(m) => actions.remove.mutate(m)}
        downloading={actions.download.isPending}
        onDownload={() => actions.download.mutate()}
      />
      <UpwardPanel cid={cid} canSend={canSend} />
      {d.permissions.canManage && (
        <CandidateList
          candidates={candidates}
          adding={actions.add.isPending ? (actions.add.variables?.nominationId ?? null) : null}
          onAdd={(h) => actions.add.mutate({ nominationId: h.nominationId })}
        />
      )}
      {d.permissions.canManage && (
        <DelegateCandidates
          cid={cid}
          delegation={d}
          adding={actions.add.isPending ? (actions.add.variables?.delegateId ?? null) : null}
          onAdd={(delegateId) => actions.add.mutate({ delegateId })}
        />
      )}
    </Stack>
  );
}
