// What the conference's documents share: the issuing agency and signer from the plan, the
// document code's agency part, the day a draft is dated, and how a list of honorees grouped by
// award form (shared/rules/honorees) is laid out as table rows.

import { countsText, type HonoreeEntry, type HonoreeGroup } from '../../shared/rules/honorees';
import { todayInVietnam } from '../../shared/rules/timeline';
import type { Plan } from '../../shared/schemas/plan';
import { getConferenceOverview } from '../modules/conferences/data';
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
