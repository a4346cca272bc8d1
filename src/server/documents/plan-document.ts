// Kế hoạch (KH) generated from the stored plan and its milestones. The sections follow the
// structure of the Văn Yên plan (seed 000): I. Mục đích, yêu cầu · II. Nội dung, hình thức tổ
// chức (1–5) · III. Các bước triển khai · IV. Tổ chức thực hiện (thời gian, phân công). Words
// that are the same in every plan are written here; everything particular to a conference comes
// from the data. Numbering is computed, so a section without data is left out and the rest stay
// in sequence (the seed numbers two sections "III." and two steps "3,": generated, they are
// III./IV. and 1.–5.). plan-seed.test.ts holds the demo KH to the seed's text line by line.
import { flattenSubgroups } from '../../shared/rules/composition-tree';
import { compositionMembers } from '../../shared/rules/delegate-composition';
import { conferenceDayOf } from '../../shared/rules/lifecycle';
import { conferenceByLevel } from '../../shared/rules/plan-rules';
import { dayRangeLabel, placeAndMonth, vietnameseTime } from '../../shared/rules/vietnamese-date';
import type { Plan, SpeechRulePart } from '../../shared/schemas/plan';
import { type Block, type Inline, type OfficialDocument, signingTimeLine, vietnamDay } from './model';

export type PlanMilestone = {
  startDate: string;
  endDate: string | null;
  title: string;
  kind?: string;
  startTime?: string | null;
};

export type PlanDocumentInput = {
  plan: Plan;
  milestones: readonly PlanMilestone[];
  organization: { name: string; parentName: string };
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Ends a list entry with ";" (or "." when last) unless it already ends with punctuation. */
function entry(text: string, last: boolean): string {
  const t = text.trim();
  if (/[.:!?…]$/u.test(t)) return t;
  return `${t.replace(/;$/u, '')}${last ? '.' : ';'}`;
}

const lowerFirst = (s: string) => `${s.charAt(0).toLocaleLowerCase('vi')}${s.slice(1)}`;
const upperFirst = (s: string) => `${s.charAt(0).toLocaleUpperCase('vi')}${s.slice(1)}`;

/** "Party: Duties" when the duties read as their own sentence, else "Party duties" (as the seed does). */
function responsibilityText(party: string, duties: string): string {
  const d = duties.trim();
  const first = d.charAt(0);
  return first && first === first.toLocaleUpperCase('vi') && first !== first.toLocaleLowerCase('vi')
    ? `${party}: ${d}`
    : `${party} ${d}`;
}

class Outline {
  readonly blocks: Block[] = [];
  private section = 0;
  private sub = 0;
  private subsub = 0;

  h1(text: string) {
    this.section += 1;
    this.sub = 0;
    this.blocks.push({ kind: 'heading', level: 1, number: `${ROMAN[this.section - 1]}.`, text });
  }
  h2(text: Inline) {
    this.sub += 1;
    this.subsub = 0;
    this.blocks.push({ kind: 'heading', level: 2, number: `${this.sub}.`, text });
  }
  h3(text: Inline) {
    this.subsub += 1;
    this.blocks.push({ kind: 'heading', level: 3, number: `${this.sub}.${this.subsub}.`, text });
  }
  items(list: readonly string[]) {
    list.forEach((text, i) => {
      this.blocks.push({ kind: 'item', number: `${i + 1}.`, text: text.trim() });
    });
  }
  bullets(list: readonly string[], marker: '-' | '+' = '-', terminate = false) {
    list.forEach((text, i) => {
      const t = terminate ? entry(text, i === list.length - 1) : text.trim();
      this.blocks.push({ kind: 'bullet', marker, text: t });
    });
  }
  paragraph(text: string, o: Partial<Extract<Block, { kind: 'paragraph' }>> = {}) {
    if (text.trim()) this.blocks.push({ kind: 'paragraph', text: text.trim(), ...o });
  }
}

function delegateComposition(plan: Plan): string[] {
  const r = plan.delegateRules;
  const who = compositionMembers(r).map(lowerFirst);
  const shares = r.categories.map((c) => `${lowerFirst(c.label)} ${c.sharePercent}%`).join(', ');
  const out = [`Thành phần: ${upperFirst(who.join('; '))} (${shares}).`];
  const note = r.note.trim();
  const count = note
    ? note.includes(String(r.cap))
      ? note
      : `${note} (tối đa ${r.cap} đại biểu)`
    : `Tối đa ${r.cap} đại biểu.`;
  out.push(`Số lượng đại biểu: ${count}`);
  // sub-groups with their own numbers (a plan whose sub-groups are labels only prints none)
  for (const c of r.categories) {
    const numbered = flattenSubgroups(c).filter((f) => f.node.count || f.node.share);
    if (!numbered.length) continue;
    const parts = numbered.map(({ node, parentLabel }) => {
      const rules = [
        node.count ? `${OPERATOR_WORD[node.count.op]} ${node.count.value} đại biểu` : '',
        node.share
          ? `${OPERATOR_WORD[node.share.op]} ${node.share.percent}% ${node.share.of === 'parent' ? `của ${lowerFirst(parentLabel)}` : 'tổng số đại biểu'}`
          : '',
      ].filter(Boolean);
      return `${node.label}: ${rules.join(', ')}`;
    });
    out.push(`Trong ${lowerFirst(c.label)}: ${parts.join('; ')}.`);
  }
  for (const x of r.extraRules) out.push(`${x.label}: ${OPERATOR_WORD[x.operator]} ${x.percent}%.`);
  return out;
}

const OPERATOR_WORD = { min: 'tối thiểu', max: 'tối đa', exact: 'đúng' } as const;

function speechLines(plan: Plan): string[] {
  if (plan.speechGuidance.length) return plan.speechGuidance;
  const s = plan.speechRule;
  if (!s.total) return [];
  // a type reads in lower case ("02 tổ dân phố"); a named unit or honoree keeps its name ("01 Công an phường")
  const named = (p: SpeechRulePart) => p.kind === 'unit' || p.kind === 'honoree';
  const detail = s.parts
    .map((p) => `${String(p.count).padStart(2, '0')} ${named(p) ? p.label : lowerFirst(p.label)}`)
    .join(', ');
  return [
    `Dự kiến tham luận: ${String(s.total).padStart(2, '0')} ý kiến${detail ? `, trong đó ${detail}` : ''}.`,
  ];
}

/** The body of the KH, in the order of the seed plan. */
export function planBody(plan: Plan, milestones: readonly PlanMilestone[]): Block[] {
  const o = new Outline();
  const period = `giai đoạn ${plan.periodStart} - ${plan.periodEnd}`;
  o.paragraph(plan.preamble);

  if (plan.purposes.length) {
    o.h1('MỤC ĐÍCH, YÊU CẦU');
    o.items(plan.purposes);
  }

  o.h1('NỘI DUNG, HÌNH THỨC TỔ CHỨC');
  if (plan.preConferenceContents.length) {
    o.h2(`Những nội dung tập trung từ nay đến ${conferenceByLevel(plan)} ${period}`);
    o.bullets(plan.preConferenceContents);
  }
  o.h2(
    `Hình thức, thời gian tổ chức, thành phần và số lượng đại biểu tham dự ${lowerFirst(plan.form.trim())} các cấp.`,
  );
  o.h3(`Hình thức tổ chức: "${plan.form}".`);
  const day = conferenceDayOf(milestones.map((m) => ({ ...m, kind: m.kind ?? 'other' })));
  const when =
    plan.timeNote.trim() ||
    (day
      ? day.startTime
        ? // after the hour the day goes on the sentence: "07 giờ 30 phút, ngày 31/3/2020"
          `${vietnameseTime(day.startTime)}, ${lowerFirst(dayRangeLabel(day.date, day.endDate))}`
        : dayRangeLabel(day.date, day.endDate)
      : '');
  if (when) o.h3(`Thời gian tổ chức: ${when.replace(/\.$/u, '')}.`);
  o.h3('Thành phần và số lượng đại biểu:');
  o.bullets(delegateComposition(plan), '+');

  if (plan.agendaTemplate.length) {
    o.h2(`Nội dung, chương trình ${plan.form}`);
    o.bullets(
      plan.agendaTemplate.map((a) => a.title),
      '-',
      true,
    );
    o.paragraph(plan.creativeForms);
  }
  if (plan.activities.length) {
    o.h2('Một số hoạt động trước, trong và sau dịp tổ chức Hội nghị');
    o.bullets(plan.activities);
  }

  const outline = plan.reportOutline;
  const speeches = speechLines(plan);
  o.h2('Một số nội dung trọng tâm của Hội nghị.');
  o.h3(
    'Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 5 năm qua, phương hướng, nhiệm vụ công tác thi đua, khen thưởng 5 năm tới.',
  );
  o.paragraph(outline.intro);
  if (outline.reviewPart.length || outline.directionsPart.length) {
    o.paragraph('Bố cục và nội dung chính của báo cáo gồm:');
    o.bullets(['Phần tổng kết phong trào thi đua yêu nước và công tác khen thưởng.']);
    o.bullets(outline.reviewPart, '+');
    o.bullets(['Phần phương hướng nhiệm vụ:']);
    o.bullets(outline.directionsPart, '+');
  }
  if (outline.generalRequirement.trim()) {
    o.blocks.push({ kind: 'bullet', marker: '*', text: outline.generalRequirement.trim() });
  }
  if (speeches.length) {
    o.h3('Báo cáo tham luận của các tập thể, cá nhân điển hình tiên tiến.');
    o.bullets(speeches);
  }
  o.h3('Tên của Hội nghị thống nhất như sau:');
  o.paragraph(plan.officialTitle, { align: 'center', bold: true });
  o.paragraph(upperFirst(period), { align: 'center', bold: true });
  // The day is left to write by hand: the plan announces the name before the day is fixed.
  if (day) o.paragraph(placeAndMonth(plan.issuePlace, day.date) ?? '', { align: 'center' });

  if (plan.steps.length) {
    o.h1('CÁC BƯỚC TRIỂN KHAI');
    o.items(plan.steps.map((s, i) => entry(s, i === plan.steps.length - 1)));
  }

  o.h1('TỔ CHỨC THỰC HIỆN:');
  if (milestones.length) {
    o.h2('Dự kiến thời gian:');
    o.bullets(
      milestones.map((m) => `${dayRangeLabel(m.startDate, m.endDate)}: ${m.title.trim()}`),
      '-',
      true,
    );
  }
  const request = plan.performanceRequest.trim();
  // The performance request is its own paragraph after the list (as in the seed), not an entry.
  const duties = plan.responsibilities.filter((r) => !request || r.duties.trim() !== request);
  if (duties.length) {
    o.h2('Phân công trách nhiệm:');
    o.bullets(duties.map((r) => responsibilityText(r.party.trim(), r.duties)));
  }
  o.paragraph(request);
  o.paragraph(plan.closing);
  return o.blocks;
}

/** The KH of a conference as an official document. */
export function planDocument({ plan, milestones, organization }: PlanDocumentInput): OfficialDocument {
  return {
    type: 'KH',
    parentAgency: organization.parentName,
    issuingAgency: organization.name,
    number: plan.documentNumber,
    code: plan.documentCode,
    place: plan.issuePlace,
    date: plan.signedAt ? vietnamDay(plan.signedAt) : null,
    title: 'Kế hoạch',
    summary: [`Tổ chức ${plan.officialTitle}`, `giai đoạn ${plan.periodStart} - ${plan.periodEnd}`],
    // The preamble ("Thực hiện Kế hoạch số …") already cites the basis; without one, the
    // legal basis is written as "Căn cứ …" lines.
    legalBasis: plan.preamble.trim() ? [] : plan.legalBasis,
    body: planBody(plan, milestones),
    signature: {
      authorityLine: plan.signer.authorityLine,
      title: plan.signer.title,
      name: plan.signer.name,
      signingTime: plan.signedAt ? signingTimeLine(plan.signedAt) : null,
    },
    recipients: plan.recipients,
    appendices: [],
  };
}
