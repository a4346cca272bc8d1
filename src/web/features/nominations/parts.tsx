import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DeadlineState } from '../../../shared/rules/submission';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { NominationStatus, ReportStatus } from '../../../shared/schemas/nominations';
import { formatDate } from '../../lib/format';
import { useRequiredMe } from '../../lib/session';
import { useConference } from '../conferences/queries';
import { type NominationRole, nominationRole } from './queries';

/** A nomination's name as shown, or the word for one not yet named. */
export const nameOf = (n: { name: string }, unnamed: string) => n.name.trim() || unnamed;

const STATUS_COLOR: Record<NominationStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  resubmitted: 'indigo',
  accepted: 'green',
  rejected: 'red',
};

export function StatusBadge({
  status,
  size = 'md',
}: {
  status: NominationStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={status === 'draft' ? 'light' : 'filled'}
      size={size}
      tt="none"
      fw={700}
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`nom.status.${status}`)}
    </Badge>
  );
}

export function ReportStatusBadge({ status }: { status: ReportStatus | null }) {
  const { t } = useTranslation();
  if (!status)
    return (
      <Badge color="gray" variant="outline" tt="none" style={{ flexShrink: 0 }}>
        {t('nom.reportNone')}
      </Badge>
    );
  return <StatusBadge status={status} />;
}

/** "Còn 3 ngày" / "Đã hết hạn 23/03/2020" — the unit's deadline in one look. */
export function DeadlineBanner({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  if (!state.deadline)
    return (
      <Alert color="gray" variant="light">
        <Text fw={600}>{t('nom.deadline.none')}</Text>
      </Alert>
    );
  const effective =
    state.extendedUntil && state.extendedUntil > state.deadline ? state.extendedUntil : state.deadline;
  const days = state.daysLeft ?? 0;
  const title = !state.open
    ? t('nom.deadline.closed', { date: formatDate(effective) })
    : days === 0
      ? t('nom.deadline.lastDay')
      : t('nom.deadline.daysLeft', { count: days });
  const color = !state.open ? 'red' : days <= 2 ? 'orange' : 'teal';
  return (
    <Alert color={color} variant={state.open ? 'light' : 'filled'} data-testid="deadline-banner">
      <Text fw={700} fz={{ base: 'lg', sm: 'xl' }}>
        {title}
      </Text>
      <Text size="sm">
        {t('nom.deadline.due', { date: formatDate(state.deadline) })}
        {state.extendedUntil
          ? ` · ${t('nom.deadline.extended', { date: formatDate(state.extendedUntil) })}`
          : ''}
      </Text>
      {!state.open && <Text size="sm">{t('nom.deadline.closedHelp')}</Text>}
    </Alert>
  );
}

type StaffTab = 'list' | 'submissions' | 'quotas' | 'awardForms';

const TAB_PATH: Record<StaffTab, string> = {
  list: 'nominations',
  submissions: 'submissions',
  quotas: 'quotas',
  awardForms: 'award-forms',
};

/** The office's pages of the "Đề nghị" step, as big links (wraps on phones). */
export function NominationsNav({
  conference,
  active,
  role,
}: {
  conference: ConferenceDetail;
  active: StaffTab;
  role: NominationRole;
}) {
  const { t } = useTranslation();
  const tabs: StaffTab[] = role.isStaff ? ['list', 'submissions', 'quotas', 'awardForms'] : ['awardForms'];
  return (
    <Stack gap={6}>
      <Anchor component={Link} to={`/conferences/${conference.id}`} size="sm">
        {t('nom.nav.backToConference')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {conference.plan.name}
      </Text>
      <Group gap={6} wrap="wrap" component="nav" aria-label={t('nom.nav.label')}>
        {tabs.map((tab) => (
          <Button
            key={tab}
            component={Link}
            to={`/conferences/${conference.id}/${TAB_PATH[tab]}`}
            variant={tab === active ? 'filled' : 'light'}
            aria-current={tab === active ? 'page' : undefined}
            size="sm"
          >
            {t(`nom.nav.${tab}`)}
          </Button>
        ))}
        {role.myUnitId && (
          <Button
            component={Link}
            to={`/conferences/${conference.id}/units/${role.myUnitId}`}
            variant="default"
            size="sm"
          >
            {t('nom.nav.myUnit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The conference of the current route and what the user is in its nominations. */
export function useConferenceRole() {
  const { conferenceId = '' } = useParams();
  const me = useRequiredMe();
  const conference = useConference(conferenceId);
  const role = conference.data ? nominationRole(me, conference.data) : null;
  return { conferenceId, conference, role };
}

/** Label: value, on one line that wraps. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="md">
      <Text span c="dimmed">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}
