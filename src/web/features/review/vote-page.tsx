import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  BallotItemView,
  BallotView,
  CastReceiptView,
  Choice,
  MeetingView,
} from '../../../shared/schemas/review';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { useReviewContext } from './parts';
import { ballotUrl, meetingKey, reviewPath, useMeeting } from './queries';

const CHOICE_COLOR: Record<Choice, string> = { agree: 'green', disagree: 'red', abstain: 'gray' };

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

function VoteForm({
  cid,
  meeting: m,
  ballot,
  header,
  onCast,
}: {
  cid: string;
  meeting: MeetingView;
  ballot: BallotView;
  header: React.ReactNode;
  onCast: (r: CastReceiptView) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const excluded = new Set(ballot.me?.excludedItemIds ?? []);
  const mine = ballot.items.filter((i) => !excluded.has(i.id));
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [showMissing, setShowMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options: Choice[] = ballot.allowAbstain ? ['agree', 'disagree', 'abstain'] : ['agree', 'disagree'];
  const done = mine.filter((i) => choices[i.id]).length;
  const missing = mine.length - done;

  const review = () => {
    setError(null);
    if (missing > 0) {
      setShowMissing(true);
      const first = mine.find((i) => !choices[i.id]);
      if (first) document.getElementById(`item-${first.id}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    setConfirming(true);
  };

  const cast = async () => {
    setSending(true);
    setError(null);
    try {
      const r = await api<CastReceiptView>('POST', `${ballotUrl(cid, m.id, ballot.id)}/cast`, { choices });
      // Forget the choices at once: the screen from now on shows only that the member voted.
      setChoices({});
      setConfirming(false);
      onCast(r);
      void qc.invalidateQueries({ queryKey: meetingKey(cid, m.id) });
    } catch (err) {
      setConfirming(false);
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
      if (err instanceof ApiError && err.status !== 400)
        void qc.invalidateQueries({ queryKey: meetingKey(cid, m.id) });
    } finally {
      setSending(false);
    }
  };

  const item = (i: BallotItemView, index: number) => {
    const isExcluded = excluded.has(i.id);
    const miss = showMissing && !isExcluded && !choices[i.id];
    return (
      <Card
        key={i.id}
        id={`item-${i.id}`}
        withBorder
        padding="md"
        bg={isExcluded ? 'gray.1' : miss ? 'red.0' : undefined}
        style={miss ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
        data-testid="vote-item"
        data-name={i.name}
      >
        <Text size="xs" c="dimmed">
          {index + 1}/{ballot.items.length}
        </Text>
        <Text fw={700} fz={20} lh={1.25}>
          {i.name}
        </Text>
        <Text size="sm" c="dimmed" mb="sm">
          {t(`nom.kind.${i.kind}`)} · {i.unitName} · {i.awardFormName}
        </Text>
        {isExcluded ? (
          <Text fw={600} c="gray.8" data-testid="excluded">
            {t('rev.vote.excluded')}
          </Text>
        ) : (
          <Radio.Group
            value={choices[i.id] ?? null}
            onChange={(v) => setChoices((c) => ({ ...c, [i.id]: v as Choice }))}
            aria-label={i.name}
            error={miss ? t('rev.vote.missing') : undefined}
          >
            <SimpleGrid cols={options.length} spacing="xs">
              {options.map((o) => {
                const on = choices[i.id] === o;
                return (
                  <Radio.Card
                    key={o}
                    value={o}
                    radius="md"
                    p="sm"
                    aria-label={t(`rev.choice.${o}`)}
                    bg={on ? `${CHOICE_COLOR[o]}.1` : undefined}
                    style={{
                      minHeight: 56,
                      borderWidth: on ? 2 : 1,
                      borderColor: on ? `var(--mantine-color-${CHOICE_COLOR[o]}-7)` : undefined,
                    }}
                  >
                    <Group gap={8} wrap="nowrap" justify="center">
                      <Radio.Indicator color={CHOICE_COLOR[o]} />
                      <Text fw={700} fz={{ base: 'md', sm: 'lg' }} lh={1.15} ta="center">
                        {t(`rev.choice.${o}`)}
                      </Text>
                    </Group>
                  </Radio.Card>
                );
              })}
            </SimpleGrid>
          </Radio.Group>
        )}
      </Card>
    );
  };

  return (
    <Stack gap="md" maw={640} mx="auto" pb={96}>
      {header}
      <Alert color="blue" variant="light">
        <Text fw={700}>{t('rev.vote.secret')}</Text>
        <Text size="sm">{t('rev.vote.help')}</Text>
      </Alert>
      {error && (
        <Alert color="red" role="alert" data-testid="vote-error">
          {error}
        </Alert>
      )}
      <Stack gap="sm">{ballot.items.map(item)}</Stack>

      <Paper
        withBorder
        p="sm"
        shadow="md"
        pos="sticky"
        bottom={0}
        style={{ zIndex: 5 }}
        data-testid="vote-bar"
      >
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text fw={600} aria-live="polite">
            {t('rev.vote.chosen', { done, all: mine.length })}
            {showMissing && missing > 0 && (
              <Text span c="red" size="sm" display="block">
                {t('rev.vote.missingCount', { count: missing })}
              </Text>
            )}
          </Text>
          <Button size="lg" onClick={review} style={{ flexShrink: 0 }}>
            {t('rev.vote.submit')}
          </Button>
        </Group>
      </Paper>

      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t('rev.vote.confirmTitle')}
          centered
          size="md"
        >
          <Stack>
            <Text>{t('rev.vote.confirmBody')}</Text>
            <Stack gap={4} data-testid="confirm-list">
              {mine.map((i) => {
                const c = choices[i.id]!;
                return (
                  <Group key={i.id} justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" style={{ minWidth: 0 }}>
                      {i.name}
                    </Text>
                    <Text size="sm" fw={700} c={`${CHOICE_COLOR[c]}.8`} style={{ flexShrink: 0 }}>
                      {t(`rev.choice.${c}`)}
                    </Text>
                  </Group>
                );
              })}
            </Stack>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" size="lg" onClick={() => setConfirming(false)}>
                {t('rev.vote.back')}
              </Button>
              <Button size="lg" onClick={cast} loading={sending} data-autofocus>
                {t('rev.vote.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
