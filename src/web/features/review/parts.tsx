import { Anchor, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { BallotStatus, ItemResultView, MeetingStatus } from '../../../shared/schemas/review';
import { ErrorAlert } from '../../components/form-modal';
import { useRequiredMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useConference } from '../conferences/queries';
import { type ReviewRole, reviewPath, reviewRole } from './queries';

export type ReviewTab = 'hub' | 'honorees' | 'speeches' | 'delegation';

const TAB_PATH: Record<ReviewTab, (cid: string) => string> = {
  hub: reviewPath.hub,
  honorees: (cid) => `/conferences/${cid}/honorees`,
  speeches: (cid) => `/conferences/${cid}/speeches`,
  delegation: (cid) => `/conferences/${cid}/delegation`,
};

/** The pages of the "Xét duyệt" step, as big links that wrap on phones. */
export function ReviewNav({
  conference,
  active,
  role,
}: {
  conference: ConferenceDetail;
  active?: ReviewTab;
  role: ReviewRole;
}) {
  const { t } = useTranslation();
  const tabs: ReviewTab[] = ['hub', 'honorees', 'speeches', 'delegation'];
  return (
    <Stack gap={6} className="vd-no-print">
      <Anchor component={Link} to={`/conferences/${conference.id}`} size="sm">
        {t('rev.nav.backToConference')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {conference.plan.name}
      </Text>
      <Group gap={6} wrap="wrap" component="nav" aria-label={t('rev.nav.label')}>
        {tabs.map((tab) => (
          <Button
            key={tab}
            component={Link}
            to={TAB_PATH[tab](conference.id)}
            variant={tab === active ? 'filled' : 'light'}
            aria-current={tab === active ? 'page' : undefined}
            size="sm"
          >
            {t(`rev.nav.${tab}`)}
          </Button>
        ))}
        {role.canManage && (
          <Button component={Link} to="/council" variant="default" size="sm">
            {t('rev.nav.council')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The conference of the current route and what the user may do in its review. */
export function useReviewContext() {
  const { conferenceId = '', meetingId = '', ballotId = '' } = useParams();
  const me = useRequiredMe();
  const conference = useConference(conferenceId);
  const role = conference.data ? reviewRole(me, conference.data) : null;
  return { conferenceId, meetingId, ballotId, conference, role };
}

const MEETING_COLOR: Record<MeetingStatus, string> = { planned: 'gray', open: 'green', closed: 'dark' };
const BALLOT_COLOR: Record<BallotStatus, string> = {
  draft: 'gray',
  open: 'green',
  closed: 'dark',
  void: 'red',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={MEETING_COLOR[status]} variant={status === 'open' ? 'filled' : 'light'} tt="none">
      {t(`rev.meetingStatus.${status}`)}
    </Badge>
  );
}

export function BallotStatusBadge({
  status,
  size = 'md',
}: {
  status: BallotStatus;
  size?: 'md' | 'lg' | 'xl';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={BALLOT_COLOR[status]}
      variant={status === 'open' ? 'filled' : 'light'}
      tt="none"
      size={size}
      style={{ flexShrink: 0 }}
    >
      {t(`rev.ballotStatus.${status}`)}
    </Badge>
  );
}

/** Đạt / Không đạt (and "Ngoài số lượng" when it passed but the quota ran out). */
export function OutcomeBadge({ result, size = 'md' }: { result: ItemResultView; size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const label = !result.passed ? t('rev.failed') : result.selected ? t('rev.passed') : t('rev.notSelected');
  const color = !result.passed ? 'red' : result.selected ? 'green' : 'orange';
  return (
    <Badge
      color={color}
      variant="filled"
      size={size}
      tt="none"
      style={{ flexShrink: 0 }}
      data-outcome={label}
    >
      {label}
    </Badge>
  );
}

/** "85,71" — a percent as Vietnamese write it. */
export const formatPercent = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** Asks before an action that cannot be undone; shows the server's refusal in place. */
export function ConfirmModal({
  title,
  children,
  confirmLabel,
  color = 'red',
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = useApiMutation({ mutationFn: onConfirm });
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack>
        <div>{children}</div>
        <ErrorAlert error={run.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} size="md">
            {t('common.cancel')}
          </Button>
          <Button color={color} onClick={() => run.mutate()} loading={run.isPending} size="md" data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
