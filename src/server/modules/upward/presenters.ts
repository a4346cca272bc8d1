import { deadlineState } from '../../../shared/rules/submission';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { countUpwardStatuses, upwardStatusOf } from '../../../shared/rules/upward';
import type { NominationKind, NominationStatus } from '../../../shared/schemas/nominations';
import type {
  NominationOrigin,
  UpwardInbox,
  UpwardMemberStatus,
  UpwardStatusCounts,
  UpwardTarget,
} from '../../../shared/schemas/upward';
import type { Db } from '../../db/client';
import { extensionFor, submissionDeadline } from '../quotas/data';
import {
  getOrigin,
  honoredIds,
  type listInboxPage,
  listSentMembers,
  type listUpwardTargetRows,
} from './data';

type TargetRow = Awaited<ReturnType<typeof listUpwardTargetRows>>[number];

/** A target conference and whether it accepts the sender's unit's nominations today. */
export async function presentTarget(db: Db, row: TargetRow): Promise<UpwardTarget> {
  const deadline = await submissionDeadline(db, row.conference.id);
  const state = deadlineState(
    deadline,
    await extensionFor(db, row.conference.id, row.unitId),
    todayInVietnam(),
  );
  return {
    conferenceId: row.conference.id,
    conferenceName: row.conference.plan.name,
    organizationId: row.conference.organizationId,
    organizationName: row.organizationName,
    unitId: row.unitId,
    unitName: row.unitName,
    open: state.open,
    deadline:
      state.extendedUntil && deadline && state.extendedUntil > deadline ? state.extendedUntil : deadline,
  };
}

/** The inbox page with each arrival's members counted by the four words. */
export function presentInbox(
  page: Awaited<ReturnType<typeof listInboxPage>>,
  limit: number,
  offset: number,
): UpwardInbox {
  const honored = new Map(page.honored.map((h) => [h.sendId, h.n]));
  const counts = new Map<string, UpwardStatusCounts>();
  for (const s of page.statuses) {
    const c = counts.get(s.sendId) ?? countUpwardStatuses([]);
    const word = upwardStatusOf(s.status as NominationStatus, false);
    if (word) c[word] += s.n;
    counts.set(s.sendId, c);
  }
  for (const [sendId, n] of honored) {
    const c = counts.get(sendId);
    // of the accepted, those the council selected read "honored"
    if (c) {
      c.accepted -= n;
      c.honored += n;
    }
  }
  return {
    items: page.rows.map(({ send, unitName }) => ({
      id: send.id,
      channel: send.channel as 'send' | 'import',
      sourceOrganizationName: send.sourceOrganizationName,
      sourceConferenceName: send.sourceConferenceName,
      unitId: send.unitId,
      unitName,
      decisionRef: send.decisionRef,
      memberCount: send.memberCount,
      attachmentCount: send.attachmentCount,
      sentByName: send.sentByName,
      sentAt: send.sentAt.toISOString(),
      counts: counts.get(send.id) ?? countUpwardStatuses([]),
    })),
    total: page.total,
    limit,
    offset,
  };
}

/**
 * What the lower level reads of each delegation member: the status of the upper nomination made
 * from it (the latest send's), with the reason when it came back.
 */
export async function presentSentStatus(
  db: Db,
  delegation: { nominationId: string; name: string; kind: string }[],
): Promise<UpwardMemberStatus[]> {
  const sent = await listSentMembers(
    db,
    delegation.map((d) => d.nominationId),
  );
  const latest = new Map(sent.map((s) => [s.sourceNominationId!, s]));
  const honored = new Set<string>();
  const byConference = new Map<string, string[]>();
  for (const s of latest.values()) {
    if (s.status !== 'accepted') continue;
    byConference.set(s.conferenceId, [...(byConference.get(s.conferenceId) ?? []), s.nominationId]);
  }
  for (const [conferenceId, ids] of byConference) {
    for (const id of await honoredIds(db, conferenceId, ids)) honored.add(id);
  }
  return delegation.map((d) => {
    const s = latest.get(d.nominationId);
    const status = s ? upwardStatusOf(s.status as NominationStatus, honored.has(s.nominationId)) : null;
    return {
      nominationId: d.nominationId,
      name: d.name,
      kind: d.kind as NominationKind,
      status,
      returnReason: status === 'returned' ? (s?.returnReason ?? null) : null,
      targetConferenceName: s?.conferenceName.name ?? null,
      targetOrganizationName: s?.organizationName ?? null,
    };
  });
}

export async function presentOrigin(
  db: Db,
  conferenceId: string,
  nominationId: string,
): Promise<NominationOrigin | null> {
  const row = await getOrigin(db, conferenceId, nominationId);
  if (!row) return null;
  return {
    channel: row.send.channel as 'send' | 'import',
    sourceOrganizationName: row.send.sourceOrganizationName,
    sourceConferenceName: row.send.sourceConferenceName,
    sourceNominationId: row.origin.sourceNominationId,
    decisionRef: row.send.decisionRef,
    councilResult: row.origin.councilResult ?? null,
    sentAt: row.send.sentAt.toISOString(),
    sentByName: row.send.sentByName,
  };
}
