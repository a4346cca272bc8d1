import { Alert, Badge, Button, Card, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/rules/checkin-window';
import type {
  CheckInEvent,
  CheckInView,
  CheckinSummaryView,
  DelegateView,
} from '../../../shared/schemas/delegates';
import { useApiMutation } from '../../lib/use-api-mutation';
import { applyCheckIn, delegateApi } from './queries';

/** The answer shown after a check-in (or the refusal, or an undo), big enough to read at arm's length. */
export type CheckinOutcome = {
  kind: 'new' | 'repeat' | 'error' | 'undone';
  message: string;
  seatGroup?: string;
  /** Who was checked in (the answer offers "Hoàn tác" for them). */
  delegate?: { id: string; fullName: string };
};

/** POST …/checkins by token (scanned) or by delegate (searched); updates every cache of the conference. */
export function useCheckIn(cid: string, onOutcome: (o: CheckinOutcome) => void) {
  const qc = useQueryClient();
  const report = useRef(onOutcome);
  report.current = onOutcome;
  const checkIn = useApiMutation({
    mutationFn: (body: { token: string } | { delegateId: string }) => delegateApi.checkIn(cid, body),
    onSuccess: (r) => {
      applyCheckIn(qc, cid, { delegateId: r.delegate.id, checkIn: r.checkIn });
      report.current({
        kind: r.result === 'checked_in' ? 'new' : 'repeat',
        message: r.message,
        seatGroup: r.delegate.seatGroup,
        delegate: { id: r.delegate.id, fullName: r.delegate.fullName },
      });
    },
  });
  useEffect(() => {
    if (checkIn.error) report.current({ kind: 'error', message: checkIn.error });
  }, [checkIn.error]);
  return checkIn;
}

const OUTCOME_COLORS = { new: 'green', repeat: 'blue', error: 'red', undone: 'orange.9' } as const;

/** The answer; `children` (e.g. the "Hoàn tác" button) go under the message. */
export function OutcomeAlert({ outcome, children }: { outcome: CheckinOutcome; children?: ReactNode }) {
  return (
    <Alert
      color={OUTCOME_COLORS[outcome.kind]}
      variant="filled"
      data-testid="checkin-outcome"
      data-kind={outcome.kind}
    >
      <Text fz="lg" fw={700}>
        {outcome.message}
      </Text>
      {children}
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
  undo,
}: {
  d: DelegateView;
  onCheckIn: (d: DelegateView) => void;
  pending: boolean;
  /** The "Hoàn tác" action shown while the delegate reads as arrived. */
  undo?: ReactNode;
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
          <Group justify="space-between" gap="xs">
            <Text c="green.8" fw={600} data-testid="arrived">
              ✓ <ArrivedText c={d.checkIn} />
            </Text>
            {undo}
          </Group>
        ) : (
          <Button size="lg" fullWidth loading={pending} onClick={() => onCheckIn(d)}>
            {t('del.reception.checkIn')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

/** "Đã đến 12/100" with the counts by group and the rules on who has arrived. */
export function CheckinCounts({ s }: { s: CheckinSummaryView }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="checkin-counts">
      <Text fz="xl" fw={700} data-testid="arrived-count">
        {t('del.reception.arrivedCount', { arrived: s.arrived, total: s.total })}
      </Text>
      <Group gap="xs" mt={4}>
        {s.byCategory.map((c) => (
          <Badge key={c.key} variant="light" size="lg">
            {t('del.reception.byCategory', { label: c.label, arrived: c.arrived, total: c.total })}
          </Badge>
        ))}
      </Group>
      {s.arrivedComposition.messages.length > 0 && s.arrived > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('del.reception.arrivedRules')}: {s.arrivedComposition.messages.join('; ')}
        </Text>
      )}
    </Paper>
  );
}

/** The latest check-ins from every reception phone (live). */
export function RecentCheckins({ events }: { events: CheckInEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return null;
  return (
    <Paper withBorder p="sm">
      <Text fw={600} mb={4}>
        {t('del.reception.recent')}
      </Text>
      <Stack gap={2} data-testid="recent-checkins">
        {events.slice(0, 8).map((e) => (
          <Text key={e.delegateId} size="sm">
            {formatClock(e.checkIn.at)} · <b>{e.fullName}</b>
            {e.seatGroup ? ` · ${e.seatGroup}` : ''} · {e.checkIn.byName}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
