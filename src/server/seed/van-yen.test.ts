import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VAN_YEN_MILESTONE_DATES } from '../../../tests/helpers/demo-dates';
import { ORG_LEVELS, ROLES, UNIT_TYPES } from '../../shared/schemas/enums';
import { milestoneInputSchema, planSchema } from '../../shared/schemas/plan';
import {
  DEMO_PASSWORD,
  demoAccounts,
  vanYenMilestones,
  vanYenOrganization,
  vanYenPlan,
  vanYenUnits,
} from './van-yen';

const unitIds = new Map(vanYenUnits.map((u) => [u.name, randomUUID()]));
const unitIdByName = (name: string) => unitIds.get(name) ?? null;

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

describe('Văn Yên seed — plan (Kế hoạch)', () => {
  const plan = planSchema.parse(vanYenPlan(unitIdByName));

  it('parses with planSchema, with unit ids and without', () => {
    expect(planSchema.safeParse(vanYenPlan(() => null)).success).toBe(true);
    expect(plan.name).toBe('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025');
    expect(plan.officialTitle).toBe('Hội nghị điển hình tiên tiến phường Văn Yên');
    expect([plan.periodStart, plan.periodEnd]).toEqual([2020, 2025]);
    expect(plan.level).toBe('ward');
    expect(plan.form).toBe('Hội nghị điển hình tiên tiến');
    expect(plan.timeNote).toBe('Một buổi, dự kiến trong Quý I năm 2020');
    // the date lives once: on the conference-day milestone, not in the plan
    expect(plan).not.toHaveProperty('plannedDate');
    expect(vanYenMilestones.find((m) => m.kind === 'conference_day')).toMatchObject({
      startDate: '2020-03-31',
      startTime: '07:30',
    });
    expect(plan.issuePlace).toBe('Văn Yên');
    expect(plan.preamble).toMatch(/^Thực hiện Kế hoạch số 138\/KH-UBND, ngày 27\/9\/2019/);
    expect(plan.legalBasis).toHaveLength(1);
    expect(plan.legalBasis[0]).toMatch(
      /^Kế hoạch số 138\/KH-UBND, ngày 27\/9\/2019 của UBND thành phố Hà Tĩnh/,
    );
  });

  it('keeps the lists of sections I, II.1, II.4, II.5.2', () => {
    expect(plan.purposes).toHaveLength(4);
    expect(plan.purposes[3]).toBe(
      'Việc tổ chức Hội nghị điển hình tiên tiến đảm bảo trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức.',
    );
    expect(plan.preConferenceContents).toHaveLength(4);
    expect(plan.preConferenceContents[0]).toContain('Đại hội Đảng bộ tỉnh lần thứ XIX');
    expect(plan.activities).toHaveLength(4);
    expect(plan.speechGuidance).toHaveLength(2);
    expect(plan.creativeForms).toMatch(/^Căn cứ nội dung, yêu cầu chương trình/);
  });

  it('has the 13 agenda items in order', () => {
    expect(plan.agendaTemplate).toHaveLength(13);
    expect(plan.agendaTemplate[0]?.title).toBe('Đón tiếp đại biểu');
    expect(plan.agendaTemplate[12]?.title).toBe('Tổng kết và bế mạc');
    expect(plan.agendaTemplate[12]?.kind).toBe('closing');
    expect(plan.agendaTemplate.map((a) => a.kind)).toContain('honoring');
  });

  it('caps delegates at 100 with 70% exemplary and 30% guests', () => {
    expect(plan.delegateRules.cap).toBe(100);
    expect(plan.delegateRules.categories.map((c) => [c.key, c.sharePercent])).toEqual([
      ['exemplary', 70],
      ['guest', 30],
    ]);
    expect(plan.delegateRules.categories[0]?.subgroups).toHaveLength(3);
    expect(plan.delegateRules.note).toContain('tối đa 100 đại biểu');
  });

  it('plans 5 speeches: 2 TDP, 1 đoàn thể, 1 cơ quan, 1 cá nhân', () => {
    expect(plan.speechRule.total).toBe(5);
    expect(plan.speechRule.parts.map((p) => [p.kind, p.unitType ?? null, p.count])).toEqual([
      ['unit_type', 'residential_group', 2],
      ['unit_type', 'mass_organization', 1],
      ['unit_type', 'agency', 1],
      ['individual', null, 1],
    ]);
  });

  it('sends 1 collective and 5 individuals to the city conference', () => {
    expect(plan.delegationQuota).toEqual({
      targetName: 'Hội nghị điển hình tiên tiến Thành phố',
      collectives: 1,
      individuals: 5,
      parts: [],
    });
  });

  it('allocates performances to 4 units with their ranges', () => {
    expect(plan.performanceAllocations.map((a) => [a.unitName, a.min, a.max])).toEqual([
      ['Trường Tiểu học', 2, 2],
      ['Trường Mầm non', 1, 2],
      ['Hội LHPN', 1, 2],
      ['Đoàn Thanh niên', 1, 1],
    ]);
    expect(plan.performanceAllocations[0]?.unitId).toBe(unitIds.get('Trường Tiểu học Văn Yên'));
    expect(plan.performanceAllocations[3]?.unitId).toBe(unitIds.get('Đoàn Thanh niên phường'));
    expect(plan.performanceAllocations.every((a) => a.unitId !== null)).toBe(true);
    expect(plan.performanceRequest).toMatch(/^Đề nghị các ban ngành, đơn vị liên quan/);
  });

  it('keeps the report outline, 5 steps and 7 responsibilities', () => {
    expect(plan.reportOutline.intro).toMatch(/^Đây là nội dung quan trọng/);
    expect(plan.reportOutline.reviewPart).toHaveLength(4);
    expect(plan.reportOutline.directionsPart).toHaveLength(3);
    expect(plan.reportOutline.generalRequirement).toMatch(/^Yêu cầu chung của báo cáo:/);
    expect(plan.steps).toHaveLength(5);
    expect(plan.steps[4]).toBe('Tổ chức Hội nghị.');
    expect(plan.responsibilities).toHaveLength(7);
    expect(plan.responsibilities.map((r) => r.role)).toEqual([
      'council_chair',
      'unit_head',
      'council_member',
      'secretary',
      'culture_officer',
      'finance_officer',
      null,
    ]);
    expect(plan.responsibilities[6]?.duties).toBe(plan.performanceRequest);
    expect(plan.closing).toMatch(/^Trên đây là Kế hoạch.*quyết định\.\/\.$/);
  });

  it('lists the 7 recipients (Nơi nhận)', () => {
    expect(plan.recipients).toHaveLength(7);
    expect(plan.recipients[0]).toBe('Phòng Nội vụ Thành phố (báo cáo)');
    expect(plan.recipients[6]).toBe('Lưu: VT, VP');
    expect(plan.recipients.every((r) => !/^- |[;.]$/.test(r))).toBe(true);
  });

  it('is signed by Lê Đình Thắng on 18/3/2020 17:08:42', () => {
    expect(plan.signer).toEqual({
      authorityLine: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: 'Lê Đình Thắng',
    });
    expect(plan.signedAt).toBe('2020-03-18T17:08:42+07:00');
    expect(new Date(plan.signedAt ?? '').toISOString()).toBe('2020-03-18T10:08:42.000Z');
    expect(plan.documentNumber).toBeNull();
    expect(plan.documentCode).toBe('KH-UBND');
  });
});

describe('Văn Yên seed — milestones, units, accounts', () => {
  it('has the 7 milestones of "Dự kiến thời gian"', () => {
    const parsed = vanYenMilestones.map((m) => milestoneInputSchema.parse(m));
    expect(parsed.map((m) => [m.startDate, m.endDate])).toEqual(VAN_YEN_MILESTONE_DATES);
    expect(parsed.every((m) => m.responsible.length > 0)).toBe(true);
  });

  it('has the organizer and the units the plan names', () => {
    expect(vanYenOrganization).toEqual({
      name: 'UBND phường Văn Yên',
      parentName: 'UBND thành phố Hà Tĩnh',
      level: 'ward',
      place: 'Văn Yên',
    });
    expect(ORG_LEVELS).toContain(vanYenOrganization.level);
    const byName = new Map(vanYenUnits.map((u) => [u.name, u]));
    expect(byName.size).toBe(vanYenUnits.length);
    expect(byName.get('Trường Tiểu học Văn Yên')?.type).toBe('school');
    expect(byName.get('Trường Mầm non Văn Yên')?.type).toBe('school');
    expect(byName.get('Hội LHPN phường')?.type).toBe('mass_organization');
    expect(byName.get('Đoàn Thanh niên phường')?.type).toBe('mass_organization');
    expect(byName.get('Văn phòng Cấp ủy Chính quyền phường')?.type).toBe('agency');
    expect(byName.get('Tổ dân phố 5')?.headName).toBe('Nguyễn Văn Tâm');
    expect(vanYenUnits.filter((u) => u.type === 'residential_group')).toHaveLength(8);
    expect(vanYenUnits.every((u) => UNIT_TYPES.includes(u.type))).toBe(true);
  });

  it('has one demo account per role, bound to existing units', () => {
    expect(DEMO_PASSWORD).toBe('VanYen@2020');
    expect(new Set(demoAccounts.map((a) => a.role))).toEqual(new Set(ROLES));
    expect(new Set(demoAccounts.map((a) => a.username)).size).toBe(demoAccounts.length);
    for (const a of demoAccounts) {
      if (a.unitName) expect(vanYenUnits.some((u) => u.name === a.unitName)).toBe(true);
    }
    expect(demoAccounts.find((a) => a.username === 'tdp5')).toMatchObject({
      role: 'unit_head',
      unitName: 'Tổ dân phố 5',
    });
  });

  it('stores every string in NFC', () => {
    const strings = allStrings([
      vanYenOrganization,
      vanYenUnits,
      vanYenPlan(unitIdByName),
      vanYenMilestones,
      demoAccounts,
    ]);
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
  });
});
