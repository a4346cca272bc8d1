import { checkDelegationQuota } from '../../../shared/rules/delegation-quota';
import { unmetHonoreeTargets } from '../../../shared/rules/honoree-targets';
import { type Actor, can } from '../../../shared/rules/permissions';
import { checkSpeechComposition, type SpeechKind } from '../../../shared/rules/speech-composition';
import type { AwardSubject, NominationKind } from '../../../shared/schemas/nominations';
import type {
  DelegationView,
  HonoreeListView,
  HonoreeView,
  SpeechListView,
} from '../../../shared/schemas/selection';
import type { Db } from '../../db/client';
import { listAwardForms } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { getOrganization } from '../organizations/data';
import { type HonoreeRow, listHonorees, listSpeeches } from './data';
import { loadDelegation, quotaNamesOf } from './delegation-data';

const canManage = (actor: Actor, conf: ConferenceRow) => can(actor, 'review.manage', conferenceScope(conf));

/** Collectives before individuals; rows arrive in Vietnamese name order. */
const collectivesFirst = <T extends { kind: string }>(rows: T[]) =>
  [...rows].sort((a, b) => Number(a.kind === 'individual') - Number(b.kind === 'individual'));

function presentHonoree(h: HonoreeRow): HonoreeView {
  return {
    nominationId: h.nominationId,
    name: h.name,
    kind: h.kind as NominationKind,
    gender: h.gender as 'male' | 'female' | null,
    unitId: h.unitId,
    unitName: h.unitName,
    unitType: h.unitType,
    agree: h.agree,
    disagree: h.disagree,
    abstain: h.abstain,
    base: h.base,
    sharePercent: h.sharePercent,
    rank: h.rank,
    reason: h.reason,
    meetingId: h.meetingId,
    meetingDate: h.meetingDate,
  };
}

/** Award forms in the honorees' order: collective (and household) forms first, then the form's order. */
const byFormOrder = (
  a: { appliesTo: string; sortOrder: number },
  b: { appliesTo: string; sortOrder: number },
) => Number(a.appliesTo === 'individual') - Number(b.appliesTo === 'individual') || a.sortOrder - b.sortOrder;

/**
 * Honorees per award form (collective forms first, then by the form's order), and the forms
 * that have fewer honorees than their minimum: the page warns, the council's vote stands.
 */
export async function presentHonorees(db: Db, actor: Actor, conf: ConferenceRow): Promise<HonoreeListView> {
  const [rows, org, forms] = await Promise.all([
    listHonorees(db, conf.id),
    getOrganization(db, conf.organizationId),
    listAwardForms(db, conf.id),
  ]);
  return {
    groups: groupHonorees(rows),
    total: rows.length,
    counts: countKinds(rows),
    unmetTargets: unmetHonoreeTargets([...forms].sort(byFormOrder), rows),
    heading: {
      organizationName: org?.name ?? '',
      parentName: org?.parentName ?? '',
      conferenceName: conf.plan.name,
    },
    permissions: { canManage: canManage(actor, conf) },
  };
}

const countKinds = (rows: { kind: string }[]) => ({
  collectives: rows.filter((r) => r.kind === 'collective').length,
  individuals: rows.filter((r) => r.kind === 'individual').length,
});

function groupHonorees(rows: HonoreeRow[]) {
  const groups = new Map<
    string,
    { awardFormId: string; awardFormName: string; appliesTo: string; sortOrder: number; items: HonoreeRow[] }
  >();
  for (const h of collectivesFirst(rows)) {
    const g = groups.get(h.awardFormId) ?? {
      awardFormId: h.awardFormId,
      awardFormName: h.awardFormName,
      appliesTo: h.appliesTo,
      sortOrder: h.formSortOrder,
      items: [],
    };
    g.items.push(h);
    groups.set(h.awardFormId, g);
  }
  return [...groups.values()].sort(byFormOrder).map(({ sortOrder: _s, items, ...g }) => ({
    ...g,
    appliesTo: g.appliesTo as AwardSubject,
    items: items.map(presentHonoree),
  }));
}

export async function presentSpeeches(db: Db, actor: Actor, conf: ConferenceRow): Promise<SpeechListView> {
  const rows = await listSpeeches(db, conf.id);
  const manage = canManage(actor, conf);
  return {
    items: rows.map((r) => ({
      id: r.speech.id,
      nominationId: r.speech.nominationId,
      honoreeName: r.honoreeName,
      speakerName: r.speech.speakerName,
      title: r.speech.title,
      kind: r.speech.kind as SpeechKind,
      unitId: r.speech.unitId,
      unitName: r.unitName,
      unitType: r.speech.kind === 'unit_type' ? r.unitType : null,
      sortOrder: r.speech.sortOrder,
      version: r.speech.version,
      permissions: { canEdit: manage, canDelete: manage },
    })),
    check: checkSpeechComposition(
      conf.plan.speechRule,
      rows.map((r) => ({
        kind: r.speech.kind as SpeechKind,
        unitType: r.unitType,
        unitId: r.speech.unitId,
        nominationId: r.speech.nominationId,
      })),
    ),
    permissions: { canManage: manage },
  };
}

/**
 * Đoàn đi dự cấp trên: honorees (collectives first) then delegates such as guests, with the
 * quota checked by rules/delegation-quota.ts (its two figures as `check`, its parts as lines).
 */
export async function presentDelegation(db: Db, actor: Actor, conf: ConferenceRow): Promise<DelegationView> {
  const plan = conf.plan;
  const { honorees, guests, own, quotaMembers } = await loadDelegation(db, conf.id, plan);
  const quota = plan.delegationQuota;
  const check = checkDelegationQuota(quota, quotaMembers, quotaNamesOf(plan));
  const manage = canManage(actor, conf);
  const labelOf = (key: string | null) =>
    plan.delegateRules.categories.find((c) => c.key === key)?.label ?? '';
  const honoreeItems = honorees.map((r, i) => {
    const category = quotaMembers[i]!.category;
    return {
      id: r.member.id,
      nominationId: r.member.nominationId,
      delegateId: null,
      name: r.name,
      kind: r.kind as NominationKind,
      gender: r.gender as 'male' | 'female' | null,
      title: own.get(r.member.nominationId!)?.title ?? '',
      category,
      categoryLabel: labelOf(category),
      unitName: r.unitName,
      unitType: r.unitType,
      awardFormName: r.awardFormName,
      version: r.member.version,
      permissions: { canDelete: manage },
    };
  });
  const guestItems = guests.map(({ member, delegate: d, unitType }) => ({
    id: member.id,
    nominationId: null,
    delegateId: d.id,
    name: d.fullName,
    kind: (d.kind === 'collective_representative' ? 'collective' : 'individual') as NominationKind,
    gender: d.gender as 'male' | 'female' | null,
    title: d.title,
    category: d.category,
    categoryLabel: labelOf(d.category),
    unitName: d.unitName,
    unitType,
    awardFormName: '',
    version: member.version,
    permissions: { canDelete: manage },
  }));
  const [collectives, individuals] = check.lines;
  return {
    quota: { targetName: quota.targetName, collectives: quota.collectives, individuals: quota.individuals },
    parts: check.lines.slice(2),
    total: check.total,
    items: [...collectivesFirst(honoreeItems), ...guestItems],
    counts: { collectives: collectives!.count, individuals: individuals!.count },
    check: { ok: check.ok, messages: check.messages },
    permissions: { canManage: manage, canExport: manage },
  };
}
