// What the conference's documents share: the issuing agency and signer from the plan, the
// document code's agency part, the day a draft is dated, and the honoree list grouped the way
// decisions and submissions write it (by award form, collectives before individuals).
import { todayInVietnam } from '../../shared/rules/timeline';
import type { Plan } from '../../shared/schemas/plan';
import { listAwardForms } from '../modules/award-forms/data';
import { getConferenceOverview } from '../modules/conferences/data';
import { listHonorees } from '../modules/selection/data';
import type { BuildContext } from './catalog';
import type { Block, Inline, OfficialDocument } from './model';

export type Header = Pick<OfficialDocument, 'parentAgency' | 'issuingAgency' | 'place' | 'signature'> & {
  /** The agency part of a code: "UBND" from the plan's "KH-UBND". */
  agencyCode: string;
  organizationName: string;
  plan: Plan;
};

/** "Hội đồng Thi đua - Khen thưởng" under the organizer: the header of the council's own papers. */
export function councilHeader(h: Header): Header {
  return {
    ...h,
    parentAgency: h.organizationName,
    issuingAgency: 'Hội đồng Thi đua - Khen thưởng',
    agencyCode: 'HĐTĐKT',
  };
}

/** "85,71%" as Vietnamese writes a share. */
export const percentText = (n: number) => `${n.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;

/** The organizer's header and the plan's signer (the chairman of the people's committee). */
export async function conferenceHeader(ctx: BuildContext): Promise<Header> {
  const o = await getConferenceOverview(ctx.db, ctx.conference.id);
  const org = o?.organization ?? { name: '', parentName: '' };
  const plan = ctx.conference.plan;
  const code = plan.documentCode ?? '';
  return {
    parentAgency: org.parentName,
    issuingAgency: org.name,
    organizationName: org.name,
    place: plan.issuePlace,
    signature: { authorityLine: plan.signer.authorityLine, title: plan.signer.title, name: plan.signer.name },
    agencyCode: code.includes('-') ? code.slice(code.indexOf('-') + 1) : code || 'UBND',
    plan,
  };
}

/** The day a document speaks of: its issue date, else today (Vietnam time). */
export function documentDay(ctx: Pick<BuildContext, 'date'>): string {
  return ctx.date ?? todayInVietnam();
}

/** "giai đoạn 2020 - 2025". */
export const periodText = (plan: Pick<Plan, 'periodStart' | 'periodEnd'>) =>
  `giai đoạn ${plan.periodStart} - ${plan.periodEnd}`;

export type HonoreeEntry = {
  name: string;
  kind: string;
  unitName: string;
  /** Chức vụ/nghề nghiệp of an individual (empty for a collective). */
  position: string;
  formId: string;
  formName: string;
  formSortOrder: number;
};

export type HonoreeGroup<T extends HonoreeEntry> = {
  formId: string;
  formName: string;
  collective: boolean;
  rows: T[];
};

const KIND_ORDER: Record<string, number> = { collective: 0, household: 1, individual: 2 };

/**
 * Groups by award form: forms for collectives (and households) first, then forms for
 * individuals, each in the forms' own order; rows keep the order given (name order).
 */
export function groupByForm<T extends HonoreeEntry>(rows: readonly T[]): HonoreeGroup<T>[] {
  const groups = new Map<string, HonoreeGroup<T> & { order: number; sort: number }>();
  for (const r of rows) {
    const key = `${r.formId}|${r.kind}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        formId: r.formId,
        formName: r.formName,
        collective: r.kind !== 'individual',
        rows: [],
        order: KIND_ORDER[r.kind] ?? 1,
        sort: r.formSortOrder,
      };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.sort - b.sort || a.formName.localeCompare(b.formName, 'vi'))
    .map(({ order: _o, sort: _s, ...g }) => g);
}

/** "02 tập thể và 05 cá nhân" (counts below 10 zero-padded as documents write them). */
export function countsText(rows: readonly { kind: string }[]): string {
  const n = (k: number) => (k < 10 ? `0${k}` : String(k));
  const collectives = rows.filter((r) => r.kind !== 'individual').length;
  const individuals = rows.length - collectives;
  const parts = [];
  if (collectives) parts.push(`${n(collectives)} tập thể`);
  if (individuals) parts.push(`${n(individuals)} cá nhân`);
  return parts.join(' và ') || '0 tập thể, cá nhân';
}

/** "Tổ dân phố 3" or "Bà Nguyễn Thị A, Tổ trưởng, Tổ dân phố 3" as a list row writes the unit/position. */
export function unitPosition(r: Pick<HonoreeEntry, 'kind' | 'unitName' | 'position'>): string {
  if (r.kind !== 'individual') return r.unitName === r.position ? '' : r.unitName;
  return [r.position, r.unitName].filter((s) => s.trim()).join(', ');
}

/** A table of the groups: a heading row per form ("I. Điển hình tiên tiến … (02)") then the rows. */
export function groupedTableRows<T extends HonoreeEntry>(
  groups: readonly HonoreeGroup<T>[],
  row: (r: T, index: number) => string[],
  width: number,
): string[][] {
  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  const out: string[][] = [];
  groups.forEach((g, gi) => {
    const head = [`${ROMAN[gi] ?? gi + 1}`, `${g.formName} (${countsText(g.rows)})`];
    while (head.length < width) head.push('');
    out.push(head);
    g.rows.forEach((r, i) => {
      out.push(row(r, i));
    });
  });
  return out;
}

export const paragraph = (text: Inline, o: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({
  kind: 'paragraph',
  text,
  ...o,
});

export type HonoreeWithPrize = HonoreeEntry & {
  coefficient: number;
  /** The council's vote, when known: agree of base, and the share in percent. */
  vote?: { agree: number; base: number; sharePercent: number };
};

/** The honorees of the conference (selected in closed ballots) with their form's coefficient. */
export async function loadHonorees(
  ctx: Pick<BuildContext, 'db' | 'conference'>,
): Promise<HonoreeWithPrize[]> {
  const [rows, forms] = await Promise.all([
    listHonorees(ctx.db, ctx.conference.id),
    listAwardForms(ctx.db, ctx.conference.id),
  ]);
  const coefficient = new Map(forms.map((f) => [f.id, Number(f.prizeCoefficient)]));
  return rows.map((r) => ({
    name: r.name,
    kind: r.kind,
    unitName: r.unitName,
    position: r.individual?.position ?? '',
    formId: r.awardFormId,
    formName: r.awardFormName,
    formSortOrder: r.formSortOrder,
    coefficient: coefficient.get(r.awardFormId) ?? 0,
    vote: { agree: r.agree, base: r.base, sharePercent: Number(r.sharePercent) },
  }));
}
