import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CastReceiptView } from '../../../shared/schemas/review';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { useReviewContext } from './parts';
import { reviewPath, useMeeting } from './queries';
import { VoteForm } from './vote-form';

/**
 * Bỏ phiếu kín on the member's own phone: one screen with every nominee of the ballot, a clear
 * confirmation, then a receipt that proves they voted — never what they chose.
 */
export function VotePage() {
  const { t } = useTranslation();
  const { conferenceId: cid, meetingId: mid, ballotId: bid } = useReviewContext();
  const meeting = useMeeting(cid, mid);
  const [receipt, setReceipt] = useState<CastReceiptView | null>(null);
  const ballot = meeting.data?.ballots.find((b) => b.id === bid);
  usePageTitle(ballot?.title ?? t('rev.vote.title'));
  if (meeting.isLoading) return <PageLoader />;
  if (meeting.error || !meeting.data)
    return <ErrorState error={meeting.error} onRetry={() => meeting.refetch()} />;
  if (!ballot) return <ErrorState error={new ApiError(404, 'NOT_FOUND', '')} />;
  const m = meeting.data;
  const back = (
    <Button component={Link} to={reviewPath.meeting(cid, mid)} variant="light" size="lg" fullWidth>
      {t('rev.vote.backToMeeting')}
    </Button>
  );

  const header = (
    <div>
      <Anchor component={Link} to={reviewPath.meeting(cid, mid)} size="sm">
        {t('rev.nav.backToMeeting')}
      </Anchor>
      <Title order={1} fz={{ base: 24, sm: 28 }} mt={4}>
        {ballot.title}
      </Title>
      <Text size="sm" c="dimmed">
        {m.title}
      </Text>
    </div>
  );

  if (receipt) {
    return (
      <Stack gap="md" maw={640} mx="auto">
        {header}
        <Paper withBorder p="lg" bg="green.0" data-testid="receipt" role="status">
          <Stack align="center" gap="xs" ta="center">
            <Text fz={56} lh={1} c="green.8" aria-hidden>
              ✓
            </Text>
            <Title order={2} fz={28} c="green.9">
              {t('rev.vote.doneTitle')}
            </Title>
            <Text size="sm" c="dimmed" mt="sm">
              {t('rev.vote.receipt')}
            </Text>
            <Text
              fz={26}
              fw={700}
              ff="monospace"
              style={{ letterSpacing: 2, overflowWrap: 'anywhere' }}
              data-testid="receipt-code"
            >
              {receipt.receipt}
            </Text>
            <Text size="sm">{receipt.message}</Text>
          </Stack>
        </Paper>
        {back}
      </Stack>
    );
  }

  const blocked = !m.mySeat
    ? t('rev.vote.notMember')
    : ballot.mode !== 'electronic'
      ? t('rev.vote.notElectronic')
      : ballot.status === 'void'
        ? t('rev.voidVoter')
        : ballot.me?.voted
          ? t('rev.vote.already')
          : ballot.status === 'draft'
            ? t('rev.vote.notOpen')
            : ballot.status === 'closed'
              ? t('rev.vote.closed')
              : !ballot.me?.inElectorate
                ? t('rev.vote.notElectorate')
                : null;
  if (blocked) {
    return (
      <Stack gap="md" maw={640} mx="auto">
        {header}
        <Alert
          color={ballot.me?.voted ? 'green' : 'orange'}
          title={blocked}
          data-testid="vote-blocked"
          role="status"
        />
        {back}
      </Stack>
    );
  }
  return <VoteForm cid={cid} meeting={m} ballot={ballot} header={header} onCast={setReceipt} />;
}
