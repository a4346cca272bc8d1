import { Alert, Anchor, Button, Card, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BallotView, MeetingView } from '../../../shared/schemas/review';
import { useApiMutation } from '../../lib/use-api-mutation';
import { CountsModal } from './counts-modal';
import { BallotStatusBadge, ConfirmModal } from './parts';
import { applyBallot, reviewApi, reviewPath } from './queries';
import { BallotProgress, ResultsTable } from './results';

/** One ballot of the meeting: its status, live progress, the secretary's actions, and the results once closed. */
export function BallotCard({
  cid,
  meeting: m,
  ballot: b,
}: {
  cid: string;
  meeting: MeetingView;
  ballot: BallotView;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [closing, setClosing] = useState(false);
  const [counting, setCounting] = useState(false);
  // A refusal such as "Chưa đủ túc số" is stale once the attendance changes.
  const [stale, setStale] = useState(false);
  const manage = b.permissions.canManage;
  const opening = useApiMutation({
    mutationFn: () => reviewApi.ballotAction(cid, m.id, b.id, 'open'),
    successMessage: t('rev.ballot.opened'),
    onSuccess: async (after) => {
      await applyBallot(qc, cid, m.id, after);
    },
  });
  const open = () => opening.mutate(undefined, { onSettled: () => setStale(false) });
  const error = stale ? null : opening.error;
  const close = async () => {
    const after = await reviewApi.ballotAction(cid, m.id, b.id, 'close');
    await applyBallot(qc, cid, m.id, after);
    void qc.invalidateQueries({ queryKey: ['honorees', cid] });
    notifications.show({ color: 'green', message: t('rev.ballot.closed') });
    setClosing(false);
  };
  // a void ballot (the server restarted during the vote) opens again for a new round
  const openLabel = t(b.status === 'void' ? 'rev.ballot.reopen' : 'rev.ballot.open');
  const pending = b.mode === 'electronic' ? b.electorateSize - (b.ballotsCast ?? 0) : 0;
  // A refusal such as "Chưa đủ túc số" is stale once the attendance changes.
  const quorumMessage = m.quorum.message;
  useEffect(() => {
    if (quorumMessage) setStale(true);
  }, [quorumMessage]);

  return (
    <Card withBorder padding="md" data-testid="ballot" data-title={b.title}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fw={700} fz="lg">
            {b.title}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`rev.mode.${b.mode}`)} · {t('rev.ballot.items', { count: b.items.length })}
          </Text>
        </div>
        <BallotStatusBadge status={b.status} />
      </Group>

      {b.status === 'draft' && (
        <Text size="sm" mt="xs">
          {b.items.map((i) => i.name).join(', ')}
        </Text>
      )}
      {b.status === 'open' && b.mode === 'electronic' && (
        <div style={{ marginTop: 8 }}>
          <BallotProgress ballot={b} />
        </div>
      )}
      {b.status === 'open' && b.mode === 'paper' && b.papersIssued !== null && (
        <Text size="sm" mt="xs" fw={600}>
          {t('rev.counts.entered')}:{' '}
          {t('rev.ballot.papers', { issued: b.papersIssued, returned: b.papersReturned ?? 0 })}
        </Text>
      )}
      {b.status === 'open' && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('rev.ballot.resultsHidden')}
        </Text>
      )}
      {b.status === 'void' && b.voidReason && (
        <Alert color="red" mt="sm" data-testid="ballot-void">
          {t(`rev.voidReason.${b.voidReason}`)}
        </Alert>
      )}
      {b.status === 'closed' && (
        <div style={{ marginTop: 8 }}>
          <ResultsTable ballot={b} />
        </div>
      )}

      {error && (
        <Alert color="red" role="alert" mt="sm">
          {error}
        </Alert>
      )}

      <Group gap="xs" mt="sm">
        {manage && (b.status === 'draft' || b.status === 'void') && m.status !== 'closed' && (
          <Button
            onClick={open}
            loading={opening.isPending}
            size="md"
            aria-label={`${openLabel}: ${b.title}`}
          >
            {openLabel}
          </Button>
        )}
        {manage && b.status === 'open' && b.mode !== 'electronic' && (
          <Button onClick={() => setCounting(true)} size="md" variant="light">
            {t('rev.ballot.enterCounts')}
          </Button>
        )}
        {manage && b.status === 'open' && (
          <Button
            onClick={() => setClosing(true)}
            size="md"
            color="red"
            aria-label={`${t('rev.ballot.close')}: ${b.title}`}
          >
            {t('rev.ballot.close')}
          </Button>
        )}
        {b.status !== 'draft' && (
          <Button component={Link} to={reviewPath.ballot(cid, m.id, b.id)} variant="light" size="md">
            {t('rev.ballot.view')}
          </Button>
        )}
        {b.status !== 'draft' && (
          <Anchor component={Link} to={reviewPath.present(cid, m.id, b.id)} size="sm" target="_blank">
            {t('rev.ballot.present')} ↗
          </Anchor>
        )}
      </Group>

      {closing && (
        <ConfirmModal
          title={t('rev.ballot.close')}
          confirmLabel={t('rev.ballot.close')}
          onConfirm={close}
          onClose={() => setClosing(false)}
        >
          <Text>{t('rev.ballot.closeConfirm', { title: b.title })}</Text>
          {pending > 0 && (
            <Text fw={600} c="orange.9" mt="xs">
              {t('rev.ballot.closeWarnPending', { count: pending })}
            </Text>
          )}
        </ConfirmModal>
      )}
      {counting && <CountsModal cid={cid} meeting={m} ballot={b} onClose={() => setCounting(false)} />}
    </Card>
  );
}
