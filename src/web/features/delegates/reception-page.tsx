import { Alert, Anchor, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-state';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import {
  CheckinCounts,
  type CheckinOutcome,
  DelegateCheckinCard,
  OutcomeAlert,
  RecentCheckins,
  useCheckIn,
} from './checkin-parts';
import { UndoCheckinButton } from './checkin-undo';
import { DelegateModal } from './delegate-modal';
import { delegatesPath, useCheckinEvents, useCheckinSearch, useCheckinSummary } from './queries';

// The camera and its QR reader are loaded only when the volunteer taps "Quét mã QR".
const QrScanner = lazy(() => import('./qr-scanner'));

/** Remembered so a QR token URL opened on this phone knows which conference it is receiving. */
export const RECEPTION_CONFERENCE_KEY = 'vd.reception.conference';

/** Đón tiếp: the reception volunteer's phone page — scan, search, one tap, live counts. */
export function ReceptionPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const [params] = useSearchParams();
  const conf = useConference(cid);
  const summary = useCheckinSummary(cid);
  const open = summary.data?.window.open ?? false;
  const live = useCheckinEvents(cid, !!summary.data);
  const [scanning, setScanning] = useState(params.get('scan') === '1');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 200);
  const search = useCheckinSearch(cid, open ? debounced : '');
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const checkIn = useCheckIn(cid, (o) => {
    setOutcome(o);
    setPendingId(null);
  });
  usePageTitle(t('del.reception.title'));

  try {
    localStorage.setItem(RECEPTION_CONFERENCE_KEY, cid);
  } catch {
    // private mode: nothing to remember
  }

  if (conf.isLoading || summary.isLoading) return <PageLoader />;
  const s = summary.data;

  return (
    <Stack gap="sm" maw={560} mx="auto">
      <Stack gap={2}>
        <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
          {t('del.nav.backToConference')}
        </Anchor>
        <Group justify="space-between" wrap="nowrap">
          <Title order={1} fz={{ base: 22, sm: 26 }}>
            {t('del.reception.title')}
          </Title>
          <Badge
            color={live.connected ? 'green' : 'gray'}
            variant="dot"
            tt="none"
            style={{ flexShrink: 0 }}
            data-testid="live-state"
          >
            {live.connected ? t('del.reception.live') : t('del.reception.offline')}
          </Badge>
        </Group>
        {conf.data && (
          <Text size="sm" c="dimmed">
            {conf.data.plan.name}
          </Text>
        )}
      </Stack>

      {summary.error && <Alert color="red">{(summary.error as Error).message}</Alert>}
      {s && !s.window.open && (
        <Alert color="orange" title={t('del.reception.closed')}>
          {s.window.reason}
        </Alert>
      )}

      {s && <CheckinCounts s={s} />}

      {outcome && (
        <OutcomeAlert outcome={outcome}>
          {outcome.delegate && outcome.kind !== 'error' && outcome.kind !== 'undone' && open && (
            <UndoCheckinButton cid={cid} d={outcome.delegate} onOutcome={setOutcome} />
          )}
        </OutcomeAlert>
      )}

      {open && (
        <>
          <Button
            size="xl"
            fullWidth
            variant={scanning ? 'default' : 'filled'}
            onClick={() => setScanning((v) => !v)}
          >
            {scanning ? t('del.reception.stopScan') : t('del.reception.scan')}
          </Button>
          {scanning && (
            <Suspense fallback={<PageLoader />}>
              <QrScanner onResult={(text) => checkIn.mutate({ token: text })} />
            </Suspense>
          )}
          <TextInput
            size="lg"
            placeholder={t('del.reception.search')}
            aria-label={t('del.reception.search')}
            description={t('del.reception.searchHelp')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            type="search"
            autoComplete="off"
          />
          {debounced.trim() && search.data?.items.length === 0 && (
            <Text c="dimmed">{t('del.reception.noResult')}</Text>
          )}
          <Stack gap="xs" data-testid="search-results">
            {(debounced.trim() ? (search.data?.items ?? []) : []).map((d) => (
              <DelegateCheckinCard
                key={d.id}
                d={d}
                pending={pendingId === d.id && checkIn.isPending}
                undo={<UndoCheckinButton cid={cid} d={d} onOutcome={setOutcome} variant="light" />}
                onCheckIn={(x) => {
                  setPendingId(x.id);
                  checkIn.mutate({ delegateId: x.id });
                }}
              />
            ))}
          </Stack>
          {conf.data && (
            <Button variant="light" onClick={() => setWalkIn(true)}>
              {t('del.reception.walkIn')}
            </Button>
          )}
        </>
      )}

      <RecentCheckins events={live.events} />

      <Button component={Link} to={delegatesPath.notArrived(cid)} variant="subtle">
        {t('del.reception.notArrived')}
      </Button>

      {walkIn && conf.data && (
        <DelegateModal
          cid={cid}
          rules={conf.data.plan.delegateRules}
          mode="walk-in"
          opened
          onClose={() => setWalkIn(false)}
          onWalkIn={(r) => setOutcome({ kind: 'new', message: r.message, seatGroup: r.delegate.seatGroup })}
        />
      )}
    </Stack>
  );
}
