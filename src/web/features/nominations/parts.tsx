import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DeadlineState } from '../../../shared/rules/submission';
import type { NominationStatus, ReportStatus } from '../../../shared/schemas/nominations';
import { formatDate } from '../../lib/format';
import { useRequiredMe } from '../../lib/session';
import type { ConferenceDetail } from '../../lib/types';
import { useConference } from '../conferences/queries';
import { type NominationRole, nominationRole } from './queries';

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

/** A reason the unit will read (return, reject): required, in a modal. */
export function ReasonModal({
  title,
  confirmLabel,
  color = 'orange',
  onConfirm,
  onClose,
}: {
  title: string;
  confirmLabel: string;
  color?: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('nom.reason.required')) },
  });
  // onConfirm's refusal (the server's message) shows under the field.
  const submit = form.onSubmit(async ({ reason }) => {
    setSaving(true);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      form.setFieldError('reason', err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  });
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('nom.reason.label')}
            autosize
            minRows={3}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={color} loading={saving}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
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
