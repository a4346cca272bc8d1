import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { NominationList } from '../../../shared/schemas/nomination-views';
import type {
  attendanceBodySchema,
  BallotView,
  ballotInputSchema,
  CastReceiptView,
  CouncilMemberListView,
  CouncilMemberView,
  councilMemberInputSchema,
  enteredCountsBodySchema,
  MeetingListView,
  MeetingView,
  meetingInputSchema,
} from '../../../shared/schemas/review';
import { conferenceCan } from '../../lib/actor';
import { api, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const meetingsKey = (cid: string) => ['meetings', cid] as const;
export const meetingKey = (cid: string, mid: string) => ['meeting', cid, mid] as const;
export const councilKey = (orgId: string) => ['council', orgId] as const;

export const meetingUrl = (cid: string, mid: string) => `/api/conferences/${cid}/meetings/${mid}`;
export const ballotUrl = (cid: string, mid: string, bid: string) => `${meetingUrl(cid, mid)}/ballots/${bid}`;

/** Where the review pages live in the web app. */
export const reviewPath = {
  hub: (cid: string) => `/conferences/${cid}/review`,
  meeting: (cid: string, mid: string) => `/conferences/${cid}/review/meetings/${mid}`,
  minutes: (cid: string, mid: string) => `/conferences/${cid}/review/meetings/${mid}/minutes`,
  ballot: (cid: string, mid: string, bid: string) =>
    `/conferences/${cid}/review/meetings/${mid}/ballots/${bid}`,
  vote: (cid: string, mid: string, bid: string) =>
    `/conferences/${cid}/review/meetings/${mid}/ballots/${bid}/vote`,
  present: (cid: string, mid: string, bid: string) =>
    `/conferences/${cid}/review/meetings/${mid}/ballots/${bid}/present`,
};

export function useMeetings(cid: string, enabled = true) {
  return useGet<MeetingListView>(meetingsKey(cid), `/api/conferences/${cid}/meetings`, {
    enabled: enabled && !!cid,
  });
}

/**
 * One meeting with its attendance, quorum and ballots. While the meeting runs it is polled, so
 * the secretary sees members marking themselves present and members see a ballot open.
 */
export function useMeeting(cid: string, mid: string, poll = true) {
  return useGet<MeetingView>(meetingKey(cid, mid), meetingUrl(cid, mid), {
    refetchInterval: (q) => (poll && q.state.data?.status !== 'closed' ? 3000 : false),
  });
}

export function useCouncil(orgId: string | undefined, term?: string) {
  return useGet<CouncilMemberListView>(
    [...councilKey(orgId ?? ''), term ?? ''],
    `/api/organizations/${orgId}/council-members${query({ term })}`,
    { enabled: !!orgId },
  );
}

/** Nominations the office accepted: what a ballot can put before the council. */
export function useAcceptedNominations(cid: string, enabled = true) {
  return useGet<NominationList>(
    ['nominations', cid, 'accepted-for-ballot'],
    `/api/conferences/${cid}/nominations${query({ status: 'accepted', limit: 500 })}`,
    { enabled },
  );
}

/** Puts a ballot (from a live event or a mutation) into the meeting's cached data. */
export function mergeBallot(qc: QueryClient, cid: string, mid: string, ballot: BallotView) {
  qc.setQueryData<MeetingView>(meetingKey(cid, mid), (m) => {
    if (!m) return m;
    const found = m.ballots.some((b) => b.id === ballot.id);
    return {
      ...m,
      ballots: found
        ? m.ballots.map((b) => (b.id === ballot.id ? { ...ballot, me: ballot.me ?? b.me } : b))
        : [...m.ballots, ballot],
    };
  });
}

export function invalidateMeeting(qc: QueryClient, cid: string, mid: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: meetingKey(cid, mid) }),
    qc.invalidateQueries({ queryKey: meetingsKey(cid) }),
    qc.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

/** A ballot a write answered with: into the meeting's cache, and what depends on it refetched. */
export async function applyBallot(qc: QueryClient, cid: string, mid: string, ballot: BallotView) {
  mergeBallot(qc, cid, mid, ballot);
  await invalidateMeeting(qc, cid, mid);
}

/**
 * Follows a ballot live (server-sent events, same-origin cookie): every message is the ballot
 * as the server shows it now — progress while open, the tally once closed. Returns whether the
 * stream is connected.
 */
export function useBallotEvents(cid: string, mid: string, bid: string | null, enabled = true) {
  const qc = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!enabled || !bid || typeof EventSource === 'undefined') return;
    const source = new EventSource(`${ballotUrl(cid, mid, bid)}/events`);
    let status: string | null = null;
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.onmessage = (e) => {
      try {
        const ballot = JSON.parse(e.data) as BallotView;
        mergeBallot(qc, cid, mid, ballot);
        // A state change (opened, closed) also changes what members may do: reload the meeting.
        if (status && status !== ballot.status) void qc.invalidateQueries({ queryKey: meetingKey(cid, mid) });
        status = ballot.status;
        setLive(true);
      } catch {
        // ignore a malformed message
      }
    };
    return () => {
      source.close();
      setLive(false);
    };
  }, [cid, mid, bid, enabled, qc]);
  return live;
}

export type ReviewRole = {
  /** Reads meetings and closed results (council members, chair, secretary). */
  canRead: boolean;
  /** Runs meetings: attendance, ballots, counts, speeches, delegation (secretary, chair). */
  canManage: boolean;
};

export function reviewRole(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>): ReviewRole {
  const has = conferenceCan(me, conf);
  return { canRead: has('review.read'), canManage: has('review.manage') };
}

/** The review's writes (used through useApiMutation). */
export const reviewApi = {
  saveMember: (
    orgId: string,
    member: CouncilMemberView | null,
    body: z.input<typeof councilMemberInputSchema>,
    version: number,
  ) =>
    member
      ? api<CouncilMemberView>('PUT', `/api/organizations/${orgId}/council-members/${member.id}`, {
          ...body,
          version,
        })
      : api<CouncilMemberView>('POST', `/api/organizations/${orgId}/council-members`, body),
  createMeeting: (cid: string, body: z.input<typeof meetingInputSchema>) =>
    api<MeetingView>('POST', `/api/conferences/${cid}/meetings`, body),
  setAttendance: (cid: string, mid: string, body: z.input<typeof attendanceBodySchema>) =>
    api<MeetingView>('PUT', `${meetingUrl(cid, mid)}/attendance`, body),
  closeMeeting: (cid: string, mid: string) => api<MeetingView>('POST', `${meetingUrl(cid, mid)}/close`),
  createBallot: (cid: string, mid: string, body: z.input<typeof ballotInputSchema>) =>
    api<BallotView>('POST', `${meetingUrl(cid, mid)}/ballots`, body),
  ballotAction: (cid: string, mid: string, bid: string, action: 'open' | 'close') =>
    api<BallotView>('POST', `${ballotUrl(cid, mid, bid)}/${action}`),
  enterCounts: (cid: string, mid: string, bid: string, body: z.input<typeof enteredCountsBodySchema>) =>
    api<BallotView>('PUT', `${ballotUrl(cid, mid, bid)}/counts`, body),
  cast: (cid: string, mid: string, bid: string, choices: Record<string, string>) =>
    api<CastReceiptView>('POST', `${ballotUrl(cid, mid, bid)}/cast`, { choices }),
};
