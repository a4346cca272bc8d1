import { Alert, Button, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../shared/rules/permissions';
import { PageLoader } from '../../components/page-state';
import { actorFromMe } from '../../lib/actor';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useConferences } from '../conferences/queries';
import { type CheckinOutcome, OutcomeAlert, useCheckIn } from './checkin-parts';
import { UndoCheckinButton } from './checkin-undo';
import { delegatesPath } from './queries';
import { RECEPTION_CONFERENCE_KEY } from './reception-page';

function remembered(): string | null {
  try {
    return localStorage.getItem(RECEPTION_CONFERENCE_KEY);
  } catch {
    return null;
  }
}

/** Checks in the token of the URL once the conference is known; shows the answer. */
function TokenCheckin({ cid, token }: { cid: string; token: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const checkIn = useCheckIn(cid, setOutcome);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    checkIn.mutate({ token });
  }, [checkIn, token]);
  return (
    <Stack gap="md">
      {outcome ? (
        <OutcomeAlert outcome={outcome}>
          {outcome.delegate && outcome.kind !== 'error' && outcome.kind !== 'undone' && (
            <UndoCheckinButton cid={cid} d={outcome.delegate} onOutcome={setOutcome} />
          )}
        </OutcomeAlert>
      ) : (
        <Text>{t('del.token.checking')}</Text>
      )}
      {outcome?.seatGroup && (
        <Text fz={28} fw={700} ta="center" data-testid="seat-group">
          {outcome.seatGroup}
        </Text>
      )}
      <Button component={Link} to={`${delegatesPath.reception(cid)}?scan=1`} size="lg">
        {t('del.token.again')}
      </Button>
      <Button component={Link} to={delegatesPath.reception(cid)} variant="light">
        {t('del.nav.reception')}
      </Button>
    </Stack>
  );
}

/**
 * /checkin/:token — what a phone opens when its camera app reads the invitation's QR code.
 * The token names no conference, so the page uses the conference this phone receives for
 * (remembered from the reception page, or the only one the account may receive for).
 */
export function CheckinTokenPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const me = useRequiredMe();
  const conferences = useConferences();
  usePageTitle(t('del.token.title'));
  const candidates = useMemo(() => {
    const actor = actorFromMe(me);
    return (conferences.data?.items ?? []).filter((c) =>
      can(actor, 'delegate.checkin', { organizationId: c.organizationId, conferenceId: c.id }),
    );
  }, [conferences.data, me]);
  const [chosen, setChosen] = useState<string | null>(null);
  if (conferences.isLoading) return <PageLoader />;
  const last = remembered();
  const cid =
    chosen ??
    (candidates.length === 1 ? candidates[0]?.id : candidates.find((c) => c.id === last)?.id) ??
    null;

  return (
    <Stack gap="md" maw={480} mx="auto">
      <Title order={1} fz={24}>
        {t('del.token.title')}
      </Title>
      {candidates.length === 0 && <Alert color="orange">{t('del.token.noConference')}</Alert>}
      {!cid && candidates.length > 1 && (
        <Select
          label={t('del.token.chooseConference')}
          data={candidates.map((c) => ({ value: c.id, label: c.name }))}
          onChange={setChosen}
        />
      )}
      {cid && <TokenCheckin key={cid} cid={cid} token={token} />}
    </Stack>
  );
}
