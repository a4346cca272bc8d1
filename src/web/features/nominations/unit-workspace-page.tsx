import { Alert, Anchor, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { DeadlineBanner } from './parts';
import {
  canWriteUnit,
  nominationRole,
  useNominations,
  useQuotaGrid,
  useSubmissions,
  useUnitReport,
} from './queries';
import { UNIT_LIST_PAGE } from './reads';
import { UnitNominationsSection, UnitQuotaSection, UnitReportCard } from './unit-workspace-sections';

/**
 * Hồ sơ đề nghị của đơn vị — Bác Tâm's home for this step: the deadline, his quota, his
 * nominees with their status and the office's remarks, his report. Each task opens its own screen.
 */
export function UnitWorkspacePage() {
  const { conferenceId = '', unitId = '' } = useParams();
  const conference = useConference(conferenceId);
  // Asked for together with the conference, not after it (the same queries Workspace reads).
  useSubmissions(conferenceId);
  useQuotaGrid(conferenceId);
  useNominations(conferenceId, { unitId }, UNIT_LIST_PAGE);
  useUnitReport(conferenceId, unitId);
  if (conference.isLoading) return <PageLoader />;
  if (conference.error || !conference.data)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  return <Workspace conference={conference.data} unitId={unitId} />;
}

function Workspace({ conference, unitId }: { conference: ConferenceDetail; unitId: string }) {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const cid = conference.id;
  const role = nominationRole(me, conference);
  const canWrite = canWriteUnit(me, conference, unitId);
  const submissions = useSubmissions(cid);
  const grid = useQuotaGrid(cid);
  const list = useNominations(cid, { unitId }, UNIT_LIST_PAGE);

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

      <UnitNominationsSection cid={cid} items={items} sendable={sendable} canWrite={canWrite} />
      <UnitQuotaSection cid={cid} unitId={unitId} />
      <UnitReportCard cid={cid} unitId={unitId} />
    </Stack>
  );
}
