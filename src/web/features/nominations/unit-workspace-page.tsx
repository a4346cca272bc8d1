import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useRequiredMe } from '../../lib/session';
import type { NominationListItem } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { DeadlineBanner, ReportStatusBadge, StatusBadge } from './parts';
import {
  canWriteUnit,
  invalidateNominationData,
  nominationRole,
  useNominations,
  useQuotaGrid,
  useSubmissions,
  useUnitReport,
} from './queries';

/**
 * Hồ sơ đề nghị của đơn vị — Bác Tâm's home for this step: the deadline, his quota, his
 * nominees with their status and the office's remarks, his report. Each task opens its own screen.
 */
export function UnitWorkspacePage() {
  const { conferenceId = '', unitId = '' } = useParams();
  const conference = useConference(conferenceId);
  if (conference.isLoading) return <PageLoader />;
  if (conference.error || !conference.data)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  return <Workspace conference={conference.data} unitId={unitId} />;
}

function Workspace({ conference, unitId }: { conference: ConferenceDetail; unitId: string }) {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const qc = useQueryClient();
  const cid = conference.id;
  const role = nominationRole(me, conference);
  const canWrite = canWriteUnit(me, conference, unitId);
  const submissions = useSubmissions(cid);
  const grid = useQuotaGrid(cid);
  const list = useNominations(cid, { unitId }, { limit: 500, offset: 0 });
  const report = useUnitReport(cid, unitId);
  const [sending, setSending] = useState(false);
  const [sendErrors, setSendErrors] = useState<{ name: string; message: string }[]>([]);

  const row = submissions.data?.items.find((i) => i.unitId === unitId);
  const unitName = row?.unitName ?? grid.data?.units.find((u) => u.id === unitId)?.name ?? '';
  usePageTitle(unitName ? `${t('nom.unit.title')} · ${unitName}` : t('nom.unit.title'));

  if (submissions.isLoading || list.isLoading) return <PageLoader />;
  if (submissions.error || list.error)
    return (
      <ErrorState
        error={submissions.error ?? list.error}
        onRetry={() => {
          void submissions.refetch();
          void list.refetch();
        }}
      />
    );

  const items = list.data?.items ?? [];
  const open = row?.deadline.open ?? true;
  const sendable = items.filter((n) => n.permissions.canSubmit && (n.status === 'returned' || open));
  const returned = items.filter((n) => n.status === 'returned');

  const sendAll = async () => {
    setSending(true);
    setSendErrors([]);
    const errors: { name: string; message: string }[] = [];
    let sent = 0;
    for (const n of sendable) {
      try {
        await api('POST', `/api/conferences/${cid}/nominations/${n.id}/submit`, { version: n.version });
        sent++;
      } catch (err) {
        errors.push({ name: n.name, message: err instanceof ApiError ? err.message : t('errors.generic') });
      }
    }
    await invalidateNominationData(qc, cid);
    setSendErrors(errors);
    setSending(false);
    if (sent > 0)
      notifications.show({ color: 'green', message: t('nom.unit.submitDraftsDone', { count: sent }) });
  };

  const unitCells = (grid.data?.cells ?? []).filter((c) => c.unitId === unitId && c.count > 0);
  const formName = (id: string) => grid.data?.forms.find((f) => f.id === id)?.name ?? '';

  return (
    <Stack gap="md" maw={760}>
      <Stack gap={2}>
        <Anchor
          component={Link}
          to={role.isStaff ? `/conferences/${cid}/submissions` : `/conferences/${cid}`}
          size="sm"
        >
          {role.isStaff ? `‹ ${t('nom.nav.submissions')}` : t('nom.nav.backToConference')}
        </Anchor>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {unitName}
        </Title>
        <Text c="dimmed" size="sm">
          {t('nom.unit.title')} · {conference.plan.name}
        </Text>
      </Stack>

      {row && <DeadlineBanner state={row.deadline} />}

      {canWrite && open && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Button
            component={Link}
            to={`/conferences/${cid}/units/${unitId}/nominations/new`}
            size="lg"
            h={56}
          >
            {t('nom.unit.add')}
          </Button>
          <Button
            component={Link}
            to={`/conferences/${cid}/units/${unitId}/import`}
            size="lg"
            h={56}
            variant="light"
          >
            {t('nom.unit.import')}
          </Button>
        </SimpleGrid>
      )}

      {returned.length > 0 && canWrite && (
        <Alert color="orange" variant="light" title={t('nom.unit.returnedCount', { count: returned.length })}>
          <Text size="md">{t('nom.detail.returnedHelp')}</Text>
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="sec-unit-list">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="lg" id="sec-unit-list">
            {t('nom.unit.listTitle')} ({items.length})
          </Title>
        </Group>
        {items.length === 0 ? (
          <Text c="dimmed">{t('nom.unit.empty')}</Text>
        ) : (
          <Stack gap="sm" data-testid="unit-nominations">
            {items.map((n) => (
              <NominationCard key={n.id} n={n} conferenceId={cid} />
            ))}
          </Stack>
        )}
        {sendErrors.length > 0 && (
          <Alert color="red" variant="filled" mt="md" title={t('nom.detail.cannotSubmit')} role="alert">
            <List size="md" c="white">
              {sendErrors.map((e) => (
                <List.Item key={e.name}>
                  <b>{e.name}</b>: {e.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {canWrite && sendable.length > 0 && (
          <Button
            mt="md"
            size="lg"
            h={56}
            fullWidth
            color="green"
            onClick={() => void sendAll()}
            loading={sending}
          >
            {t('nom.unit.submitDrafts', { count: sendable.length })}
          </Button>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="sec-unit-quota">
        <Title order={2} fz="lg" id="sec-unit-quota" mb={4}>
          {t('nom.unit.quotaTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('nom.unit.quotaHelp')}
        </Text>
        {unitCells.length === 0 ? (
          <Text c="dimmed">{t('nom.unit.noQuota')}</Text>
        ) : (
          <Stack gap="sm" data-testid="unit-quota">
            {unitCells.map((c) => (
              <div key={c.awardFormId}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <Text size="md">{formName(c.awardFormId)}</Text>
                  <Text fw={700} fz="lg" style={{ whiteSpace: 'nowrap' }}>
                    {c.used}/{c.count}
                  </Text>
                </Group>
                <Progress
                  value={Math.min(100, (c.used / c.count) * 100)}
                  color={c.used >= c.count ? 'green' : 'blue'}
                  size="md"
                  aria-hidden
                />
              </div>
            ))}
          </Stack>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="sec-unit-report">
        <Group justify="space-between" mb="xs">
          <Title order={2} fz="lg" id="sec-unit-report">
            {t('nom.unit.reportTitle')}
          </Title>
          {report.data && <ReportStatusBadge status={report.data.status} />}
        </Group>
        {report.data?.status === 'returned' && report.data.returnReason && (
          <Alert color="orange" variant="light" mb="sm">
            {t('nom.unit.returnReason', { reason: report.data.returnReason })}
          </Alert>
        )}
        {report.data?.submittedAt && (
          <Text size="sm" c="dimmed" mb="xs">
            {t('nom.detail.submittedAt')}: {formatDateTime(report.data.submittedAt)}
          </Text>
        )}
        {report.error && !(report.error instanceof ApiError && report.error.status === 403) && (
          <ErrorState error={report.error} />
        )}
        {report.data && (
          <Button
            component={Link}
            to={`/conferences/${cid}/units/${unitId}/report`}
            size="md"
            variant={report.data.permissions.canEdit ? 'filled' : 'light'}
            fullWidth
          >
            {report.data.permissions.canEdit ? t('nom.unit.reportWrite') : t('nom.unit.reportOpen')}
          </Button>
        )}
      </Paper>
    </Stack>
  );
}

function NominationCard({ n, conferenceId }: { n: NominationListItem; conferenceId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="nomination-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={700} fz="lg">
            {n.name}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`nom.kind.${n.kind}`)}
            {n.birthYear ? ` · ${t('nom.detail.yearOfBirth', { year: n.birthYear })}` : ''}
          </Text>
          <Text size="sm">{n.awardFormName}</Text>
        </div>
        <StatusBadge status={n.status} />
      </Group>
      {n.returnReason && (n.status === 'returned' || n.status === 'rejected') && (
        <Alert color={n.status === 'rejected' ? 'red' : 'orange'} variant="light" mt="xs" p="xs">
          <Text size="md">{t('nom.unit.returnReason', { reason: n.returnReason })}</Text>
        </Alert>
      )}
      <Button
        component={Link}
        to={`/conferences/${conferenceId}/nominations/${n.id}`}
        variant="light"
        mt="sm"
        size="md"
        fullWidth
        aria-label={`${n.permissions.canEdit ? t('nom.unit.open') : t('nom.unit.view')}: ${n.name}`}
      >
        {n.permissions.canEdit ? t('nom.unit.open') : t('nom.unit.view')}
      </Button>
    </Card>
  );
}
