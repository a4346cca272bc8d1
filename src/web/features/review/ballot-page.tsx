import '../../mantine-rest.css';
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BallotView } from '../../../shared/schemas/review';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { BallotStatusBadge, useReviewContext } from './parts';
import { reviewPath, useBallotEvents, useMeeting } from './queries';
import { BallotProgress, ResultsTable } from './results';

function LiveDot({ live }: { live: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={live ? 'green' : 'gray'} variant="dot" tt="none" size="lg">
      {live ? t('rev.ballot.liveOn') : t('rev.ballot.liveOff')}
    </Badge>
  );
}

/** What the live screens show of a ballot: waiting, progress, or the tally once closed. */
function BallotBody({ ballot: b, large = false }: { ballot: BallotView; large?: boolean }) {
  const { t } = useTranslation();
  if (b.status === 'draft')
    return (
      <Text fz={large ? 40 : 'xl'} fw={600} c="dimmed">
        {t('rev.ballot.waiting')}
      </Text>
    );
  if (b.status === 'void')
    return (
      <Text fz={large ? 32 : 'lg'} fw={600} c="red" data-testid="ballot-void">
        {b.voidReason ? t(`rev.voidReason.${b.voidReason}`) : t('rev.ballotStatus.void')}
      </Text>
    );
  if (b.status === 'open')
    return (
      <Stack gap="md">
        {b.mode === 'electronic' ? (
          <BallotProgress ballot={b} large={large} />
        ) : (
          <Text fz={large ? 48 : 'xl'} fw={700}>
            {t('rev.ballot.countingPaper')}
          </Text>
        )}
        <Text fz={large ? 24 : 'sm'} c="dimmed">
          {t('rev.ballot.resultsHidden')}
        </Text>
      </Stack>
    );
  const passed = b.items.filter((i) => i.result?.passed && i.result.selected).length;
  return (
    <Stack gap="md">
      <Group gap="md">
        <Text fz={large ? 36 : 'lg'} fw={700}>
          {t('rev.ballot.results')}: {t('rev.ballot.passedCount', { passed, all: b.items.length })}
        </Text>
        {b.mode === 'electronic' ? (
          <Text fz={large ? 24 : 'sm'} c="dimmed">
            {t('rev.ballot.progress', { cast: b.ballotsCast ?? 0, all: b.electorateSize })}
          </Text>
        ) : (
          b.papersIssued !== null && (
            <Text fz={large ? 24 : 'sm'} c="dimmed">
              {t('rev.ballot.papers', { issued: b.papersIssued, returned: b.papersReturned ?? 0 })}
            </Text>
          )
        )}
      </Group>
      <ResultsTable ballot={b} large={large} />
    </Stack>
  );
}

/** The ballot of the route, followed live; `fallback` is the loader or error to show instead. */
function useLiveBallot() {
  const { conferenceId: cid, meetingId: mid, ballotId: bid } = useReviewContext();
  const meeting = useMeeting(cid, mid, false);
  const live = useBallotEvents(cid, mid, bid);
  const ballot = meeting.data?.ballots.find((x) => x.id === bid);
  usePageTitle(ballot?.title);
  const fallback = meeting.isLoading ? (
    <PageLoader />
  ) : meeting.error || !meeting.data ? (
    <ErrorState error={meeting.error} onRetry={() => meeting.refetch()} />
  ) : !ballot ? (
    <ErrorState error={new ApiError(404, 'NOT_FOUND', '')} />
  ) : null;
  return { cid, mid, bid, meeting: meeting.data, live, ballot, fallback };
}

/** Theo dõi trực tiếp: progress while the ballot is open, the tally when it closes. */
export function BallotPage() {
  const { t } = useTranslation();
  const { cid, mid, bid, meeting, live, ballot: b, fallback } = useLiveBallot();
  if (fallback || !meeting || !b) return fallback;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={reviewPath.meeting(cid, mid)} size="sm">
        {t('rev.nav.backToMeeting')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {b.title}
          </Title>
          <Group gap="xs" mt={4}>
            <Text size="sm" c="dimmed">
              {meeting.title} · {t(`rev.mode.${b.mode}`)}
            </Text>
            <BallotStatusBadge status={b.status} />
            <LiveDot live={live} />
          </Group>
        </div>
        <Button component={Link} to={reviewPath.present(cid, mid, bid)} size="md" variant="light">
          {t('rev.ballot.present')}
        </Button>
      </Group>
      <Paper withBorder p="md" data-testid="live-ballot" data-status={b.status}>
        <BallotBody ballot={b} />
      </Paper>
    </Stack>
  );
}

/**
 * Trình chiếu: the chair projects the ballot in the meeting room — large type, no menus,
 * full screen on request. Follows the ballot live like the secretary's screen.
 */
export function BallotPresentPage() {
  const { t } = useTranslation();
  const { cid, mid, bid, meeting, live, ballot: b, fallback } = useLiveBallot();
  if (fallback || !meeting || !b) return fallback;
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  return (
    <Box component="main" mih="100vh" p={{ base: 'md', sm: 40 }} bg="white" data-testid="present">
      <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fz={{ base: 18, sm: 26 }} c="dimmed">
            {meeting.title}
          </Text>
          <Title order={1} fz={{ base: 30, sm: 52 }} lh={1.1} c="red.9">
            {b.title}
          </Title>
        </div>
        <Group gap="xs" className="vd-present-tools">
          <LiveDot live={live} />
          <BallotStatusBadge status={b.status} size="xl" />
          <Button variant="default" onClick={fullscreen}>
            {t('rev.present.fullscreen')}
          </Button>
          <Button component={Link} to={reviewPath.ballot(cid, mid, bid)} variant="subtle">
            {t('rev.present.exit')}
          </Button>
        </Group>
      </Group>
      <BallotBody ballot={b} large />
    </Box>
  );
}
