import { Alert, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingView } from '../../../shared/schemas/review';
import { ErrorAlert } from '../../components/form-modal';
import { ErrorState, PageLoader } from '../../components/page-state';
import { SectionCard } from '../../components/section-card';
import { wrappingLabel } from '../../components/wrapping-label';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { BallotCard } from './ballot-card';
import { CreateBallotModal } from './create-ballot-modal';
import { ConfirmModal, MeetingStatusBadge, ReviewNav, useReviewContext } from './parts';
import { invalidateMeeting, meetingKey, reviewApi, reviewPath, useBallotEvents, useMeeting } from './queries';

/**
 * Phiên họp xét. For a member: "Tôi có mặt" and the ballots to vote on. For the secretary:
 * attendance with the live quorum, ballots (create, open, enter counts, close), minutes.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { conferenceId: cid, meetingId: mid, conference, role } = useReviewContext();
  const meeting = useMeeting(cid, mid);
  const m = meeting.data;
  usePageTitle(m?.title);
  const liveBallot = m?.ballots.find((b) => b.status === 'open' && b.mode === 'electronic') ?? null;
  useBallotEvents(cid, mid, liveBallot?.id ?? null);
  if (conference.isLoading || meeting.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (meeting.error || !m) return <ErrorState error={meeting.error} onRetry={() => meeting.refetch()} />;
  const manage = m.permissions.canManage;

  return (
    <Stack gap="md">
      <ReviewNav conference={conference.data} role={role} />
      <div>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {m.title}
        </Title>
        <Group gap="xs" mt={4}>
          <Text size="sm" c="dimmed">
            {formatDate(m.meetingDate)}
            {m.place ? ` · ${m.place}` : ''} · {t('rev.meeting.term')} {m.term}
          </Text>
          <MeetingStatusBadge status={m.status} />
        </Group>
      </div>

      {m.mySeat && m.status !== 'closed' && <MySeat cid={cid} meeting={m} />}

      <Alert
        color={m.quorum.ok ? 'green' : 'orange'}
        variant="light"
        title={m.quorum.message}
        data-testid="quorum"
        aria-live="polite"
      />

      <AttendanceSection cid={cid} meeting={m} />

      <SectionCard
        id="sec-ballots"
        title={t('rev.meeting.ballots')}
        aside={manage && m.status !== 'closed' && <CreateBallotButton cid={cid} meeting={m} />}
      >
        {m.ballots.length === 0 && <Text c="dimmed">{t('rev.meeting.noBallots')}</Text>}
        <Stack gap="md">
          {m.ballots.map((b) => (
            <BallotCard key={b.id} cid={cid} meeting={m} ballot={b} />
          ))}
        </Stack>
      </SectionCard>

      <Group gap="sm">
        <Button component={Link} to={reviewPath.minutes(cid, mid)} variant="light" size="md">
          {t('rev.meeting.minutes')}
        </Button>
        {manage && m.status !== 'closed' && <CloseMeetingButton cid={cid} meeting={m} />}
      </Group>
    </Stack>
  );
}

/** Marks one member present or absent; the answer is the meeting as it is now. */
function useAttendance(cid: string, mid: string, successMessage?: string) {
  const qc = useQueryClient();
  return useApiMutation({
    mutationFn: (body: { councilMemberId: string; present: boolean }) =>
      reviewApi.setAttendance(cid, mid, body),
    successMessage,
    onSuccess: (after) => qc.setQueryData(meetingKey(cid, mid), after),
  });
}

/** The signed-in member's own seat: "Tôi có mặt", then the ballots they can vote on. */
function MySeat({ cid, meeting: m }: { cid: string; meeting: MeetingView }) {
  const { t } = useTranslation();
  const seat = m.mySeat!;
  const present = seat.present === true;
  const mark = useAttendance(cid, m.id, t('rev.meeting.markedPresent'));
  const markPresent = () => mark.mutate({ councilMemberId: seat.id, present: true });
  const open = m.ballots.filter((b) => b.status === 'open' && b.mode === 'electronic' && b.me);
  // The secretary running the meeting ticks herself in the checklist; her seat card only
  // carries a ballot to vote on.
  const runsMeeting = m.permissions.canManage && seat.position === 'secretary';
  if (runsMeeting && (!present || open.length === 0)) return null;
  return (
    <Paper withBorder p="md" bg={present ? 'green.0' : 'yellow.0'} data-testid="my-seat">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t('rev.meeting.mySeat')}
      </Text>
      <Stack gap="sm" mt={6}>
        {present ? (
          <Text fw={700} fz="lg" c="green.9">
            ✓ {t('rev.meeting.youArePresent')}
          </Text>
        ) : (
          <>
            <Text>{t('rev.meeting.notPresentYet')}</Text>
            <Button size="xl" color="green" onClick={markPresent} loading={mark.isPending} fullWidth>
              {t('rev.meeting.iAmPresent')}
            </Button>
          </>
        )}
        <ErrorAlert error={mark.error} />
        {present && open.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rev.meeting.noOpenBallot')}
          </Text>
        )}
        {open.map((b) =>
          b.me?.voted ? (
            <Text key={b.id} fw={600} c="green.9" data-testid="voted">
              ✓ {t('rev.meeting.voted', { title: b.title })}
            </Text>
          ) : b.me?.inElectorate ? (
            <Button
              key={b.id}
              component={Link}
              to={reviewPath.vote(cid, m.id, b.id)}
              size="xl"
              fullWidth
              {...wrappingLabel}
            >
              {t('rev.meeting.vote', { title: b.title })}
            </Button>
          ) : (
            <Text key={b.id} size="sm" c="orange.9">
              {t('rev.meeting.notInElectorate', { title: b.title })}
            </Text>
          ),
        )}
      </Stack>
    </Paper>
  );
}

function MemberLabel({
  name,
  position,
}: {
  name: string;
  position: MeetingView['members'][number]['position'];
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600}>{name}</Text>
      <Text size="xs" c="dimmed">
        {t(`rev.position.${position}`)}
      </Text>
    </div>
  );
}

/** Điểm danh: the secretary ticks who is present; members see the list. */
function AttendanceSection({ cid, meeting: m }: { cid: string; meeting: MeetingView }) {
  const { t } = useTranslation();
  const mark = useAttendance(cid, m.id);
  const pending = mark.isPending ? mark.variables?.councilMemberId : null;
  const manage = m.permissions.canManage && m.status !== 'closed';
  const presentCount = m.members.filter((x) => x.present === true).length;
  const toggle = (councilMemberId: string, present: boolean) => mark.mutate({ councilMemberId, present });
  return (
    <SectionCard
      id="sec-attendance"
      title={t('rev.meeting.attendance')}
      headerMb={4}
      aside={
        <Badge size="lg" variant="light" color={m.quorum.ok ? 'green' : 'orange'} tt="none">
          {t('rev.meeting.presentCount', { present: presentCount, all: m.members.length })}
        </Badge>
      }
    >
      {manage && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('rev.meeting.attendanceHelp')}
        </Text>
      )}
      <ErrorAlert error={mark.error} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" data-testid="attendance">
        {m.members.map((x) => {
          const label = <MemberLabel key="label" name={x.fullName} position={x.position} />;
          return manage ? (
            <Paper
              key={x.id}
              withBorder
              p="sm"
              bg={x.present ? 'green.0' : undefined}
              style={{ cursor: 'pointer' }}
            >
              <Checkbox
                size="md"
                checked={x.present === true}
                disabled={pending === x.id}
                onChange={(e) => toggle(x.id, e.currentTarget.checked)}
                label={label}
                aria-label={`${t('rev.meeting.present')}: ${x.fullName}`}
                data-member={x.fullName}
              />
            </Paper>
          ) : (
            <Paper key={x.id} withBorder p="sm" bg={x.present ? 'green.0' : undefined}>
              <Group justify="space-between" wrap="nowrap">
                {label}
                <Badge
                  color={x.present ? 'green' : 'gray'}
                  variant={x.present ? 'filled' : 'light'}
                  tt="none"
                  style={{ flexShrink: 0 }}
                >
                  {x.present === true
                    ? t('rev.meeting.present')
                    : x.present === false
                      ? t('rev.meeting.absent')
                      : t('rev.meeting.unmarked')}
                </Badge>
              </Group>
            </Paper>
          );
        })}
      </SimpleGrid>
    </SectionCard>
  );
}

function CreateBallotButton({ cid, meeting }: { cid: string; meeting: MeetingView }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)} size="md">
        {t('rev.meeting.createBallot')}
      </Button>
      {opened && <CreateBallotModal cid={cid} meeting={meeting} onClose={() => setOpened(false)} />}
    </>
  );
}

function CloseMeetingButton({ cid, meeting: m }: { cid: string; meeting: MeetingView }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)} variant="outline" color="red" size="md">
        {t('rev.meeting.close')}
      </Button>
      {opened && (
        <ConfirmModal
          title={t('rev.meeting.close')}
          confirmLabel={t('rev.meeting.close')}
          onClose={() => setOpened(false)}
          onConfirm={async () => {
            qc.setQueryData(meetingKey(cid, m.id), await reviewApi.closeMeeting(cid, m.id));
            await invalidateMeeting(qc, cid, m.id);
            notifications.show({ color: 'green', message: t('rev.meeting.closed') });
            setOpened(false);
          }}
        >
          <Text>{t('rev.meeting.closeConfirm')}</Text>
        </ConfirmModal>
      )}
    </>
  );
}
