import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotView, CastReceiptView, Choice, MeetingView } from '../../../shared/schemas/review';
import { ErrorAlert } from '../../components/form-modal';
import { ApiError } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useBallotEligibility } from '../eligibility/queries';
import { meetingKey, reviewApi } from './queries';
import { CHOICE_COLOR, VoteItem } from './vote-item';

/** The member's paper: a choice per nominee, a confirmation, then the cast (group-committed). */
export function VoteForm({
  cid,
  meeting: m,
  ballot,
  header,
  onCast,
}: {
  cid: string;
  meeting: MeetingView;
  ballot: BallotView;
  header: ReactNode;
  onCast: (r: CastReceiptView) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const excluded = new Set(ballot.me?.excludedItemIds ?? []);
  const mine = ballot.items.filter((i) => !excluded.has(i.id));
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  // each nominee's warning and past honours, from the register (absent while loading)
  const judged = useBallotEligibility(cid, m.id, ballot.id);
  const eligibility = new Map((judged.data?.items ?? []).map((x) => [x.nominationId, x.eligibility]));
  const [showMissing, setShowMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const options: Choice[] = ballot.allowAbstain ? ['agree', 'disagree', 'abstain'] : ['agree', 'disagree'];
  const done = mine.filter((i) => choices[i.id]).length;
  const missing = mine.length - done;
  const cast = useApiMutation({
    mutationFn: (c: Record<string, Choice>) => reviewApi.cast(cid, m.id, ballot.id, c),
    onSuccess: (r) => {
      // Forget the choices at once: the screen from now on shows only that the member voted.
      setChoices({});
      setConfirming(false);
      onCast(r);
      void qc.invalidateQueries({ queryKey: meetingKey(cid, m.id) });
    },
  });
  const send = () =>
    cast.mutate(choices, {
      onError: (err) => {
        setConfirming(false);
        if (!(err instanceof ApiError) || err.status !== 400)
          void qc.invalidateQueries({ queryKey: meetingKey(cid, m.id) });
      },
    });

  const review = () => {
    cast.reset();
    if (missing > 0) {
      setShowMissing(true);
      const first = mine.find((i) => !choices[i.id]);
      if (first) document.getElementById(`item-${first.id}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    setConfirming(true);
  };

  return (
    <Stack gap="md" maw={640} mx="auto" pb={96}>
      {header}
      <Alert color="blue" variant="light">
        <Text fw={700}>{t('rev.vote.secret')}</Text>
        <Text size="sm">{t('rev.vote.help')}</Text>
      </Alert>
      <ErrorAlert error={cast.error} testId="vote-error" />
      <Stack gap="sm">
        {ballot.items.map((i, index) => (
          <VoteItem
            key={i.id}
            item={i}
            index={index}
            count={ballot.items.length}
            excluded={excluded.has(i.id)}
            missing={showMissing && !excluded.has(i.id) && !choices[i.id]}
            options={options}
            choice={choices[i.id] ?? null}
            onChoose={(c) => setChoices((x) => ({ ...x, [i.id]: c }))}
            eligibility={eligibility.get(i.nominationId)}
          />
        ))}
      </Stack>

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
              <Button size="lg" onClick={send} loading={cast.isPending} data-autofocus>
                {t('rev.vote.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
