import { Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationMemberView, DelegationView, HonoreeView } from '../../../shared/schemas/selection';
import { ErrorState, PageLoader } from '../../components/page-state';
import { api, downloadFile, query } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { errorMessage, formatPercent, ReviewNav, useReviewContext } from '../review/parts';
import { storeDelegation, useDelegation, useHonorees } from './queries';

function QuotaBox({
  label,
  used,
  wanted,
  testId,
}: {
  label: string;
  used: number;
  wanted: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const full = used >= wanted;
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

/** Đoàn đi dự hội nghị cấp trên: honorees chosen within the quota, and their dossier (ZIP). */
export function DelegationPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { conferenceId: cid, conference, role } = useReviewContext();
  const delegation = useDelegation(cid);
  const honorees = useHonorees(cid);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const d = delegation.data;
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

  const run = async (key: string, action: () => Promise<DelegationView>, message: string) => {
    setBusy(key);
    setError(null);
    try {
      storeDelegation(qc, cid, await action());
      notifications.show({ color: 'green', message });
    } catch (err) {
      setError(errorMessage(err, t('errors.generic')));
    } finally {
      setBusy(null);
    }
  };
  const add = (h: HonoreeView) =>
    run(
      h.nominationId,
      () =>
        api<DelegationView>('POST', `/api/conferences/${cid}/delegation`, { nominationId: h.nominationId }),
      t('rev.delegation.added'),
    );
  const remove = (m: DelegationMemberView) =>
    run(
      m.id,
      () =>
        api<DelegationView>(
          'DELETE',
          `/api/conferences/${cid}/delegation/${m.id}${query({ version: m.version })}`,
        ),
      t('rev.delegation.removed'),
    );
  const download = async () => {
    setDownloading(true);
    setError(null);
    try {
      await downloadFile(`/api/conferences/${cid}/delegation/dossier.zip`, 'ho-so-doan.zip');
    } catch (err) {
      setError(errorMessage(err, t('errors.generic')));
    } finally {
      setDownloading(false);
    }
  };
  const manage = d.permissions.canManage;

  return (
    <Stack gap="md">
      <ReviewNav conference={conference.data} active="delegation" role={role} />
      <div>
        <Title order={1} fz={26}>
          {t('rev.delegation.title', { target: d.quota.targetName })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rev.delegation.help')}
        </Text>
      </div>
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
      <Alert
        color={d.check.ok ? 'green' : 'orange'}
        variant="light"
        title={d.check.ok ? t('rev.delegation.ok') : d.check.messages.join('; ')}
        data-testid="delegation-check"
        aria-live="polite"
      />
      {error && (
        <Alert
          color="red"
          role="alert"
          data-testid="delegation-error"
          withCloseButton
          onClose={() => setError(null)}
        >
          {error}
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="sec-members">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="lg" id="sec-members">
            {t('rev.delegation.members')}
          </Title>
          {d.permissions.canExport && d.items.length > 0 && (
            <Button variant="light" onClick={download} loading={downloading} size="md">
              {t('rev.delegation.dossier')}
            </Button>
          )}
        </Group>
        {d.permissions.canExport && (
          <Text size="xs" c="dimmed" mb="sm">
            {t('rev.delegation.dossierHelp')}
          </Text>
        )}
        {d.items.length === 0 && <Text c="dimmed">{t('rev.delegation.empty')}</Text>}
        <Stack gap="xs" data-testid="delegation-members">
          {d.items.map((m) => (
            <Card key={m.id} withBorder padding="sm" data-name={m.name}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text fw={700}>{m.name}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`nom.kind.${m.kind}`)} · {m.unitName} · {m.awardFormName}
                  </Text>
                </div>
                {m.permissions.canDelete && (
                  <Button
                    size="compact-md"
                    variant="subtle"
                    color="red"
                    loading={busy === m.id}
                    onClick={() => remove(m)}
                    aria-label={`${t('rev.delegation.remove')}: ${m.name}`}
                  >
                    {t('rev.delegation.remove')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      </Paper>

      {manage && (
        <Paper withBorder p="md" component="section" aria-labelledby="sec-candidates">
          <Title order={2} fz="lg" id="sec-candidates" mb="sm">
            {t('rev.delegation.candidates')}
          </Title>
          {candidates.length === 0 && <Text c="dimmed">{t('rev.delegation.noCandidates')}</Text>}
          <Stack gap="xs" data-testid="delegation-candidates">
            {candidates.map((h) => (
              <Card key={h.nominationId} withBorder padding="sm" data-name={h.name}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={700}>{h.name}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`nom.kind.${h.kind}`)} · {h.unitName} · {h.awardFormName} ·{' '}
                      {formatPercent(h.sharePercent)}%
                    </Text>
                  </div>
                  <Button
                    size="md"
                    variant="light"
                    loading={busy === h.nominationId}
                    onClick={() => add(h)}
                    aria-label={`${t('rev.delegation.add')}: ${h.name}`}
                    style={{ flexShrink: 0 }}
                  >
                    {t('rev.delegation.add')}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
