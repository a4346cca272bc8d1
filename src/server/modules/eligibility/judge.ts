// Đủ điều kiện? — a nomination judged against the register by the organizer's rules in force on
// the conference day (or today): its identity (the one the QĐ will write to), that identity's
// family of honours, the pure judgeEligibility, and each finding in Vietnamese. `judgeMany` does
// a whole list in a few reads (the voting card, the secretary's list, the bench's 5,000).
import { judgeEligibility, type PastHonour, type RuleOfForm } from '../../../shared/rules/eligibility';
import { type IdentityFacts, matchKey } from '../../../shared/rules/identity';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { EligibilityView, HonourView } from '../../../shared/schemas/honours';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { listAwardForms } from '../award-forms/data';
import { type ConferenceRow, getConferenceDay } from '../conferences/data';
import { findSubjectsByKey, type SubjectBrief, subjectFamilies, subjectsById } from '../honours/subject-data';
import type { NominationRow } from '../nominations/data';
import {
  type EligibilityRuleRow,
  honoursOfSubjects,
  knownForms,
  listEligibilityRules,
  movementNames,
  type SubjectHonourRow,
} from './data';
import { type EvidenceHonour, findingMessage, honourLabel } from './messages';
import { presentPastHonour } from './presenters';

/** What judging reads of a nomination. */
export type JudgedNomination = Pick<
  NominationRow,
  | 'id'
  | 'unitId'
  | 'awardFormId'
  | 'kind'
  | 'name'
  | 'individual'
  | 'achievementRef'
  | 'eligibilityNote'
  | 'subjectId'
>;

/** The identity facts of a nominee, as the QĐ will write its honour (decision-honours.ts). */
export function nomineeFacts(n: JudgedNomination, appliesTo: string | undefined): IdentityFacts {
  return {
    kind: n.kind === 'individual' ? 'individual' : appliesTo === 'household' ? 'household' : 'collective',
    name: n.name,
    birthYear: n.kind === 'individual' ? (n.individual?.birthYear ?? null) : null,
    unitId: n.unitId,
  };
}

export const asRule = (r: EligibilityRuleRow): RuleOfForm => ({
  id: r.id,
  formCode: r.formCode,
  params: r.params,
  validFrom: r.validFrom,
  validTo: r.validTo,
  isExample: r.isExample,
});

const asPast = (h: SubjectHonourRow): PastHonour => ({
  id: h.id,
  formCode: h.formCode,
  year: h.year,
  decisionNumber: h.decisionNumber,
  achievementRef: h.achievementRef,
  revoked: h.revoked,
  nominationId: h.nominationId,
});

/** The day rules are taken in force on and the year honoured: the conference day, or today. */
export async function judgingDay(db: Db, conf: ConferenceRow): Promise<{ onDate: string; year: number }> {
  const onDate = (await getConferenceDay(db, conf))?.date ?? todayInVietnam();
  return { onDate, year: Number(onDate.slice(0, 4)) };
}

/** Each nomination's identity (absent: the register knows none yet), in three reads at most. */
async function identitiesOf(
  db: Db,
  conf: ConferenceRow,
  rows: readonly JudgedNomination[],
  appliesTo: ReadonlyMap<string, string>,
): Promise<Map<string, SubjectBrief>> {
  const keyOf = new Map(
    rows
      .filter((n) => !n.subjectId)
      .map((n) => [n.id, matchKey(nomineeFacts(n, appliesTo.get(n.awardFormId)))]),
  );
  const byKey = await findSubjectsByKey(db, conf.organizationId, [...keyOf.values()]);
  const byId = await subjectsById(
    db,
    conf.organizationId,
    rows.flatMap((n) => (n.subjectId ? [n.subjectId] : [])),
  );
  const out = new Map<string, SubjectBrief>();
  for (const n of rows) {
    const s = n.subjectId ? byId.get(n.subjectId) : byKey.get(keyOf.get(n.id)!);
    if (s) out.set(n.id, s);
  }
  return out;
}

/** The honours of each kept identity's family, newest first, with the facts they are listed with. */
async function familyHonours(db: Db, organizationId: string, roots: SubjectBrief[]) {
  const { rootOf, members } = await subjectFamilies(db, organizationId, roots);
  const rows = await honoursOfSubjects(db, organizationId, [...rootOf.keys()]);
  const names = await movementNames(
    db,
    organizationId,
    rows.flatMap((h) => (h.movementId ? [h.movementId] : [])),
  );
  const byRoot = new Map<string, { row: SubjectHonourRow; view: HonourView }[]>();
  for (const h of rows) {
    const root = rootOf.get(h.subjectId)!;
    const list = byRoot.get(root) ?? [];
    const movement = h.movementId ? (names.get(h.movementId) ?? null) : null;
    list.push({ row: h, view: presentPastHonour(h, members.get(h.subjectId)!, root, movement) });
    byRoot.set(root, list);
  }
  for (const list of byRoot.values())
    list.sort((a, b) => b.row.year - a.row.year || b.row.decisionDate.localeCompare(a.row.decisionDate));
  return byRoot;
}

/**
 * The eligibility of each nomination of the conference, by id: identities, their families'
 * honours, the rules and the forms' names read once for the whole list.
 */
export async function judgeMany(
  db: Db,
  conf: ConferenceRow,
  rows: readonly JudgedNomination[],
): Promise<Map<string, EligibilityView>> {
  const result = new Map<string, EligibilityView>();
  if (rows.length === 0) return result;
  // one after another: `db` may be a transaction (the unit's send), one connection
  const forms = await listAwardForms(db, conf.id);
  const day = await judgingDay(db, conf);
  const ruleRows = await listEligibilityRules(db, conf.organizationId);
  const formNames = await knownForms(db, conf.organizationId);
  const formById = new Map(forms.map((f) => [f.id, f]));
  const appliesTo = new Map(forms.map((f) => [f.id, f.appliesTo]));
  const rules = ruleRows.map(asRule);
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const identity = await identitiesOf(db, conf, rows, appliesTo);
  const roots = new Map([...identity.values()].map((s) => [s.id, s]));
  const honoursOf = await familyHonours(db, conf.organizationId, [...roots.values()]);
  for (const n of rows) {
    const subject = identity.get(n.id) ?? null;
    const past = subject ? (honoursOf.get(subject.id) ?? []) : [];
    const judgement = judgeEligibility(
      rules,
      past.map((p) => asPast(p.row)),
      {
        formCode: formById.get(n.awardFormId)?.code ?? '',
        year: day.year,
        onDate: day.onDate,
        achievementRef: n.achievementRef,
        disciplinePending: subject?.disciplinePending ?? false,
        nominationId: n.id,
      },
    );
    const evidence = new Map<string, EvidenceHonour>(past.map((p) => [p.row.id, p.row]));
    const ctx = {
      year: day.year,
      formNames,
      honours: evidence,
      disciplineNote: subject?.disciplineNote ?? '',
    };
    result.set(n.id, {
      verdict: judgement.verdict,
      findings: judgement.findings.map((f) => ({
        ruleId: f.ruleId,
        kind: f.kind,
        ok: f.ok,
        message: findingMessage(f, ruleById.get(f.ruleId)!, ctx),
        evidence: f.evidence.map((e) => ({ honourId: e.id, label: honourLabel(evidence.get(e.id)!) })),
        isExample: f.isExample,
      })),
      subjectId: subject?.id ?? null,
      pastHonours: past.map((p) => p.view),
      note: n.eligibilityNote,
    });
  }
  return result;
}

/** One nomination's eligibility (the nomination page, the unit's send). */
export async function judgeNomination(
  db: Db,
  conf: ConferenceRow,
  n: JudgedNomination,
): Promise<EligibilityView> {
  return (await judgeMany(db, conf, [n])).get(n.id)!;
}

/** The first reason a nominee is not eligible (the voting card's and the list's one line), or null. */
export function firstFailingReason(e: EligibilityView): string | null {
  return e.findings.find((f) => !f.ok)?.message ?? null;
}

/**
 * The unit's send: a nominee the register finds not yet eligible goes only with the unit's
 * explanation (giải trình), else 422 on `eligibilityNote`. The council sees both.
 */
export async function assertEligibleOrExplained(db: Db, conf: ConferenceRow, n: JudgedNomination) {
  if (n.eligibilityNote.trim()) return;
  const e = await judgeNomination(db, conf, n);
  if (e.verdict !== 'ineligible') return;
  const message = 'Chưa đủ điều kiện theo sổ khen thưởng — cần ghi giải trình để gửi';
  const why = firstFailingReason(e);
  throw new AppError('INVALID_STATE', why ? `${message}: ${why}` : message, {
    fields: { eligibilityNote: message },
  });
}
