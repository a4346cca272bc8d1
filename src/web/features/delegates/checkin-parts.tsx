import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/rules/checkin-window';
import type { CheckInView, CheckInResultView, DelegateView } from '../../../shared/schemas/delegates';
import { ApiError, api } from '../../lib/api';
import { apiBase, applyCheckIn } from './queries';

/** The answer shown after a check-in (or the refusal), big enough to read at arm's length. */
export type CheckinOutcome = { kind: 'new' | 'repeat' | 'error'; message: string; seatGroup?: string };

/** POST …/checkins by token (scanned) or by delegate (searched); updates every cache of the conference. */
export function useCheckIn(cid: string, onOutcome: (o: CheckinOutcome) => void) {
  const qc = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: { token: string } | { delegateId: string }) =>
      api<CheckInResultView>('POST', `${apiBase(cid)}/checkins`, body),
    onSuccess: (r) => {
      applyCheckIn(qc, cid, { delegateId: r.delegate.id, checkIn: r.checkIn });
      onOutcome({
        kind: r.result === 'checked_in' ? 'new' : 'repeat',
        message: r.message,
        seatGroup: r.delegate.seatGroup,
      });
    },
    onError: (err) =>
      onOutcome({ kind: 'error', message: err instanceof ApiError ? err.message : t('errors.generic') }),
  });
}

export function OutcomeAlert({ outcome }: { outcome: CheckinOutcome }) {
  const color = outcome.kind === 'new' ? 'green' : outcome.kind === 'repeat' ? 'blue' : 'red';
  return (
    <Alert color={color} variant="filled" data-testid="checkin-outcome" data-kind={outcome.kind}>
      <Text fz="lg" fw={700}>
        {outcome.message}
      </Text>
    </Alert>
  );
}

/** "Đã đón lúc 07:42 bởi Lê Thị Vy". */
export function ArrivedText({ c }: { c: CheckInView }) {
  const { t } = useTranslation();
  return <>{t('del.reception.arrived', { at: formatClock(c.at), by: c.byName || '—' })}</>;
}

/** One delegate found by name: who, where to sit, and one big tap to check in. */
export function DelegateCheckinCard({
  d,
  onCheckIn,
  pending,
}: {
  d: DelegateView;
  onCheckIn: (d: DelegateView) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="checkin-card" data-id={d.id} data-name={d.fullName}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fz="lg" fw={700}>
              {d.fullName}
            </Text>
            <Text size="sm" c="dimmed">
              {[d.title, d.unitName].filter(Boolean).join(' · ') || d.categoryLabel}
            </Text>
          </div>
          {d.seatGroup && (
            <Badge size="lg" variant="light" style={{ flexShrink: 0 }}>
              {d.seatGroup}
            </Badge>
          )}
        </Group>
        {d.checkIn ? (
          <Text c="green.8" fw={600} data-testid="arrived">
            ✓ <ArrivedText c={d.checkIn} />
          </Text>
        ) : (
          <Button size="lg" fullWidth loading={pending} onClick={() => onCheckIn(d)}>
            {t('del.reception.checkIn')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
