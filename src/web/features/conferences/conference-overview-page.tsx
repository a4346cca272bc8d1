import { Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConferenceView } from '../../../shared/schemas/conferences';
import { LinksCard } from '../../components/links-card';
import { ErrorState, PageLoader } from '../../components/page-state';
import { conferenceCan } from '../../lib/actor';
import { formatDateRange } from '../../lib/format';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { BoardCard } from '../board/board-card';
import { canManageBoard } from '../board/queries';
import { CertificatesCard } from '../certificates/certificates-card';
import { canManageCertificates } from '../certificates/queries';
import { DashboardCard } from '../dashboard/dashboard-card';
import { canViewDashboard } from '../dashboard/queries';
import { DelegatesCard } from '../delegates/delegates-card';
import { delegatesRole } from '../delegates/queries';
import { DocumentsCard } from '../documents/documents-card';
import { documentsRole } from '../documents/queries';
import { type NominationRole, nominationRole } from '../nominations/queries';
import { MyTasksCard } from '../preparation/my-tasks-card';
import { PreparationCard } from '../preparation/preparation-card';
import { preparationRole } from '../preparation/queries';
import { ProgramCard } from '../program/program-card';
import { canViewProgram } from '../program/queries';
import { canManageNotice, noticePath } from '../public-notice/queries';
import { reviewRole } from '../review/queries';
import { ReviewCard, RunningMeetings } from '../review/review-card';
import { HistoryPanel } from './history-panel';
import { LifecycleStepper } from './lifecycle-stepper';
import { MilestoneTimeline } from './milestone-timeline';
import { DocumentSection, PlanTextsSection, ResponsibilitiesSection } from './plan-document';
import {
  AgendaSection,
  DelegateRulesSection,
  PerformancesSection,
  SpeechAndDelegationSection,
} from './plan-sections';
import { useConference } from './queries';
import { Section } from './section';
import { StatusSummary } from './status-summary';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </Paper>
  );
}

/** Đề nghị vinh danh: the unit head's way to his unit's file; the office's pages of this step. */
function NominationsCard({ c, role }: { c: ConferenceView; role: NominationRole }) {
  const { t } = useTranslation();
  const canNotice = canManageNotice(useRequiredMe(), c);
  if (!role.isStaff && !role.myUnitId) return null;
  const base = `/conferences/${c.id}`;
  return (
    <LinksCard
      id="sec-nominations"
      title={t('nom.overview.title')}
      help={role.isStaff ? t('nom.overview.staffHelp') : t('nom.overview.unitHelp')}
      links={[
        !!role.myUnitId && {
          to: `${base}/units/${role.myUnitId}`,
          label: t('nom.overview.openUnit'),
          size: 'lg',
        },
        ...(role.isStaff
          ? [
              { to: `${base}/nominations`, label: t('nom.nav.list') },
              { to: `${base}/submissions`, label: t('nom.nav.submissions'), variant: 'light' },
              { to: `${base}/quotas`, label: t('nom.nav.quotas'), variant: 'light' },
              { to: `${base}/award-forms`, label: t('nom.nav.awardForms'), variant: 'light' },
            ]
          : []),
        canNotice && { to: noticePath(c.id), label: t('notice.nav'), variant: 'light' },
      ]}
    />
  );
}

export function ConferenceOverviewPage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const me = useRequiredMe();
  const { data: c, isLoading, error, refetch } = useConference(conferenceId);
  usePageTitle(c?.plan.name);
  if (isLoading) return <PageLoader />;
  if (error || !c) return <ErrorState error={error} onRetry={() => refetch()} />;
  const role = nominationRole(me, c);
  const review = reviewRole(me, c);
  const nominateLink = role.isStaff
    ? `/conferences/${c.id}/nominations`
    : role.myUnitId
      ? `/conferences/${c.id}/units/${role.myUnitId}`
      : undefined;
  const plan = c.plan;
  const when = [c.conferenceDate && formatDateRange(c.conferenceDate, c.conferenceEndDate), c.startTime]
    .filter(Boolean)
    .join(' ');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {plan.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Text size="sm" c="dimmed">
              {c.organizationName}
              {c.parentOrganizationName ? ` · ${c.parentOrganizationName}` : ''}
            </Text>
            <Badge variant="light" data-testid="conference-stage">
              {t(`life.stage.${c.lifecycle.stage}`)}
            </Badge>
          </Group>
        </div>
        {c.permissions.canEdit && (
          <Button component={Link} to={`/conferences/${c.id}/plan`}>
            {t('overview.editPlan')}
          </Button>
        )}
      </Group>

      <RunningMeetings c={c} role={review} />

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label={t('overview.when')}>
          {when || '—'}
          {plan.timeNote && (
            <Text span size="xs" c="dimmed" display="block">
              {plan.timeNote}
            </Text>
          )}
        </Fact>
        <Fact label={t('overview.where')}>{plan.plannedPlace || '—'}</Fact>
        <Fact label={t('overview.form')}>
          {plan.form} · {t('overview.period', { start: plan.periodStart, end: plan.periodEnd })}
        </Fact>
      </SimpleGrid>

      <Paper withBorder p="md">
        <LifecycleStepper
          lifecycle={c.lifecycle}
          links={{
            ...(nominateLink ? { nominate: nominateLink } : {}),
            ...(review.canRead ? { review: `/conferences/${c.id}/review` } : {}),
          }}
        />
      </Paper>

      <StatusSummary c={c} />

      <DashboardCard c={c} visible={canViewDashboard(me, c)} />

      <ReviewCard c={c} role={review} />

      <NominationsCard c={c} role={role} />

      <DelegatesCard c={c} role={delegatesRole(me, c)} />

      <DocumentsCard
        c={c}
        visible={delegatesRole(me, c).canRead || documentsRole(me, c).canIssue}
        report={conferenceCan(me, c)('nomination.read')}
      />

      <CertificatesCard c={c} visible={canManageCertificates(me, c)} />

      <BoardCard c={c} visible={canManageBoard(me, c)} />

      <PreparationCard c={c} role={preparationRole(me, c)} />

      <MyTasksCard conferenceId={c.id} />
      <ProgramCard c={c} visible={canViewProgram(me, c)} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Section title={t('overview.timeline')} id="sec-timeline">
              <MilestoneTimeline
                conferenceId={c.id}
                milestones={c.milestones}
                canEdit={c.permissions.canEditMilestones}
              />
            </Section>
            {c.permissions.canReadAudit && (
              <Section title={t('overview.history')} id="sec-history">
                <HistoryPanel organizationId={c.organizationId} conferenceId={c.id} />
              </Section>
            )}
            <AgendaSection plan={plan} />
            <PlanTextsSection plan={plan} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <DelegateRulesSection plan={plan} />
            <SpeechAndDelegationSection plan={plan} />
            <PerformancesSection plan={plan} />
            <DocumentSection plan={plan} />
            <ResponsibilitiesSection plan={plan} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
