import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { NominationList } from '../../../shared/schemas/nomination-views';
import { conferenceCan } from '../../lib/actor';
import { apiGet, query } from '../../lib/api';
import type { Ballot, ConferenceDetail, CouncilMemberList, Me, Meeting, MeetingList } from '../../lib/types';

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
  return useQuery({
    queryKey: meetingsKey(cid),
    queryFn: () => apiGet<MeetingList>(`/api/conferences/${cid}/meetings`),
    enabled: enabled && !!cid,
  });
}

/**
 * One meeting with its attendance, quorum and ballots. While the meeting runs it is polled, so
 * the secretary sees members marking themselves present and members see a ballot open.
 */
export function useMeeting(cid: string, mid: string, poll = true) {
  return useQuery({
    queryKey: meetingKey(cid, mid),
    queryFn: () => apiGet<Meeting>(meetingUrl(cid, mid)),
    refetchInterval: (q) => (poll && q.state.data?.status !== 'closed' ? 3000 : false),
  });
}

export function useCouncil(orgId: string | undefined, term?: string) {
  return useQuery({
    queryKey: [...councilKey(orgId ?? ''), term ?? ''],
    queryFn: () => apiGet<CouncilMemberList>(`/api/organizations/${orgId}/council-members${query({ term })}`),
    enabled: !!orgId,
  });
}

/** Nominations the office accepted: what a ballot can put before the council. */
export function useAcceptedNominations(cid: string, enabled = true) {
  return useQuery({
    queryKey: ['nominations', cid, 'accepted-for-ballot'],
    queryFn: () =>
      apiGet<NominationList>(
        `/api/conferences/${cid}/nominations${query({ status: 'accepted', limit: 500 })}`,
      ),
    enabled,
  });
}

/** Puts a ballot (from a live event or a mutation) into the meeting's cached data. */
export function mergeBallot(qc: QueryClient, cid: string, mid: string, ballot: Ballot) {
  qc.setQueryData<Meeting>(meetingKey(cid, mid), (m) => {
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
        const ballot = JSON.parse(e.data) as Ballot;
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
