import { Alert, Anchor, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DelegateView } from '../../../shared/schemas/delegates';
import { PageLoader } from '../../components/page-state';
import { useRequiredMe } from '../../lib/session';
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
import { ConnectionIndicator, SyncNotices } from './connection-indicator';
import { DelegateModal } from './delegate-modal';
import { type LocalDelegate, useOfflineReception } from './offline-sync';
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
  const me = useRequiredMe();
  // đón tiếp ngoại tuyến: the day's list on the phone, the queue, the connection
  const off = useOfflineReception(cid, me);
  const offline = !off.online;
  const open = (offline ? off.list?.window.open : undefined) ?? summary.data?.window.open ?? false;
  const live = useCheckinEvents(cid, !!summary.data);
  const [scanning, setScanning] = useState(params.get('scan') === '1');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 200);
  const search = useCheckinSearch(cid, open && !offline ? debounced : '');
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const checkIn = useCheckIn(cid, (o) => {
    setOutcome(o);
    setPendingId(null);
  });
  usePageTitle(t('del.reception.title'));

  /** Without the network: shown as arrived at once, queued for the server. */
  const checkInOffline = async (by: { token: string } | { delegateId: string }) => {
    const { delegate: d, queued } = await off.checkIn(by);
    if (!queued && d) {
      setOutcome({ kind: 'repeat', message: t('del.reception.offlineAlready', { name: d.fullName }) });
      return;
    }
    setOutcome(
      d
        ? {
            kind: 'new',
            message: t('del.reception.offlineCheckedIn', {
              name: d.fullName,
              seat: d.seatGroup ? ` — ${d.seatGroup}` : '',
            }),
            seatGroup: d.seatGroup,
          }
        : { kind: 'repeat', message: t('del.reception.offlineUnknownToken') },
    );
  };
  const checkInBy = (by: { token: string } | { delegateId: string }) => {
    if (offline) void checkInOffline(by);
    else checkIn.mutate(by);
  };
  const undoOffline = (d: LocalDelegate) => {
    void off
      .undo(d.id)
      .then(() =>
        setOutcome({ kind: 'undone', message: t('del.reception.offlineUndone', { name: d.fullName }) }),
      );
  };

  try {
    localStorage.setItem(RECEPTION_CONFERENCE_KEY, cid);
  } catch {
    // private mode: nothing to remember
  }

  if (!offline && (conf.isLoading || summary.isLoading)) return <PageLoader />;
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
        {(conf.data || off.list) && (
          <Text size="sm" c="dimmed">
            {conf.data?.plan.name ?? off.list?.conferenceName}
          </Text>
        )}
        <ConnectionIndicator online={off.online} pending={off.pendingCount} />
        {off.list && (
          <Text size="xs" c="dimmed" data-testid="saved-list">
            {t('del.reception.savedList', { n: off.list.delegates.length })}
          </Text>
        )}
      </Stack>

      {offline && !off.list && <Alert color="red">{t('del.reception.offlineNoList')}</Alert>}
      <SyncNotices notices={off.notices} onDismiss={off.dismissNotices} />

      {summary.error && !offline && <Alert color="red">{(summary.error as Error).message}</Alert>}
      {s && !s.window.open && (
        <Alert color="orange" title={t('del.reception.closed')}>
          {s.window.reason}
        </Alert>
      )}

      {s && <CheckinCounts s={s} />}

      {outcome && (
        <OutcomeAlert outcome={outcome}>
          {outcome.delegate && outcome.kind !== 'error' && outcome.kind !== 'undone' && open && !offline && (
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
              <QrScanner onResult={(text) => checkInBy({ token: text })} />
            </Suspense>
          )}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!token.trim()) return;
              checkInBy({ token });
              setToken('');
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('del.reception.tokenEntry')}
                description={t('del.reception.tokenEntryHelp')}
                value={token}
                onChange={(e) => setToken(e.currentTarget.value)}
                autoComplete="off"
              />
              <Button type="submit" variant="light">
                {t('del.reception.tokenEntrySubmit')}
              </Button>
            </Group>
          </form>
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
          {!offline && debounced.trim() && search.data?.items.length === 0 && (
            <Text c="dimmed">{t('del.reception.noResult')}</Text>
          )}
          <Stack gap="xs" data-testid="search-results">
            {offline &&
              off.search(debounced).map((d) => (
                <DelegateCheckinCard
                  key={d.id}
                  d={asCardView(d, cid)}
                  pending={false}
                  undo={
                    <Group gap="xs">
                      {d.pending && (
                        <Badge color="orange.9" variant="light" tt="none" data-testid="pending-mark">
                          {t('del.reception.pendingMark')}
                        </Badge>
                      )}
                      <Button
                        size="md"
                        mih={44}
                        variant="light"
                        color="orange.9"
                        aria-label={t('del.reception.undoLabel', { name: d.fullName })}
                        onClick={() => undoOffline(d)}
                      >
                        {t('del.reception.undo')}
                      </Button>
                    </Group>
                  }
                  onCheckIn={(x) => checkInBy({ delegateId: x.id })}
                />
              ))}
            {(debounced.trim() && !offline ? (search.data?.items ?? []) : []).map((d) => (
              <DelegateCheckinCard
                key={d.id}
                d={d}
                pending={pendingId === d.id && checkIn.isPending}
                undo={<UndoCheckinButton cid={cid} d={d} onOutcome={setOutcome} variant="light" />}
                onCheckIn={(x) => {
                  setPendingId(x.id);
                  checkInBy({ delegateId: x.id });
                }}
              />
            ))}
          </Stack>
          {conf.data && !offline && (
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

/** The stored delegate in the shape the reception card shows (no phone, email or token offline). */
function asCardView(d: LocalDelegate, cid: string): DelegateView {
  return {
    id: d.id,
    conferenceId: cid,
    category: d.category,
    categoryLabel: d.categoryLabel,
    subgroup: d.subgroup,
    kind: 'individual',
    fullName: d.fullName,
    gender: null,
    attributes: [],
    title: '',
    unitId: null,
    unitName: d.unitName,
    seatGroup: d.seatGroup,
    phone: '',
    email: '',
    note: '',
    nominationId: null,
    source: d.walkIn ? 'walk_in' : 'manual',
    rsvpStatus: 'attending',
    substituteName: '',
    hasInvitation: d.tokenHash !== null,
    checkIn: d.checkIn,
    version: 0,
    permissions: { canEdit: false, canDelete: false, canRsvp: false, canCheckIn: !d.checkIn },
  };
}
