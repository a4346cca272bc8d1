import type { Plan } from '../schemas/plan';
import { compositionTreeIssues } from './composition-plan-rules';
import { attributeKeys } from './composition-tree';

export type RuleIssue = { path: (string | number)[]; message: string };

const EPSILON = 1e-6;

/**
 * Cross-field rules of a conference plan (Kế hoạch). Pure: the web form shows the same
 * messages live that the server returns on save.
 */
export function validatePlanRules(plan: Plan): RuleIssue[] {
  const issues: RuleIssue[] = [];

  if (plan.periodEnd < plan.periodStart) {
    issues.push({ path: ['periodEnd'], message: 'Năm kết thúc giai đoạn phải bằng hoặc sau năm bắt đầu' });
  }

  const rules = plan.delegateRules;
  const shareSum = rules.categories.reduce((sum, c) => sum + c.sharePercent, 0);
  if (Math.abs(shareSum - 100) > EPSILON) {
    issues.push({
      path: ['delegateRules', 'categories'],
      message: `Tổng tỷ lệ các nhóm đại biểu phải bằng 100% (hiện là ${formatNumber(shareSum)}%)`,
    });
  }
  const keys = new Set<string>();
  rules.categories.forEach((c, i) => {
    if (keys.has(c.key)) {
      issues.push({
        path: ['delegateRules', 'categories', i, 'key'],
        message: `Mã nhóm "${c.key}" bị trùng`,
      });
    }
    keys.add(c.key);
  });
  const minSum = rules.categories.reduce((sum, c) => sum + (c.minCount ?? 0), 0);
  if (minSum > rules.cap) {
    issues.push({
      path: ['delegateRules', 'cap'],
      message: `Số đại biểu tối đa (${rules.cap}) phải lớn hơn hoặc bằng tổng số tối thiểu của các nhóm (${minSum})`,
    });
  }

  issues.push(...compositionTreeIssues(rules));

  const speechSum = plan.speechRule.parts.reduce((sum, p) => sum + p.count, 0);
  if (plan.speechRule.parts.length > 0 && speechSum !== plan.speechRule.total) {
    issues.push({
      path: ['speechRule', 'total'],
      message: `Tổng số tham luận (${plan.speechRule.total}) phải bằng tổng các phần (${speechSum})`,
    });
  }
  plan.speechRule.parts.forEach((p, i) => {
    const where = ['speechRule', 'parts', i];
    if (p.kind === 'unit_type' && !p.unitType) {
      issues.push({ path: [...where, 'unitType'], message: 'Cần chọn loại đơn vị cho phần tham luận' });
    }
    if (p.kind === 'unit' && !p.unitId) {
      issues.push({
        path: [...where, 'unitId'],
        message: `Phần tham luận "${p.label}" theo đơn vị cụ thể: cần chọn đơn vị`,
      });
    }
    if (p.kind === 'honoree' && !p.nominationId) {
      issues.push({
        path: [...where, 'nominationId'],
        message: `Phần tham luận "${p.label}" theo tập thể/cá nhân được vinh danh: cần chọn tập thể/cá nhân`,
      });
    }
  });

  // Phần của đoàn đi dự cấp trên: a category must be one of the plan's, a kind collective or individual.
  (plan.delegationQuota.parts ?? []).forEach((p, i) => {
    const where = ['delegationQuota', 'parts', i, 'value'];
    if (p.dimension === 'category' && !keys.has(p.value)) {
      issues.push({
        path: where,
        message: `Phần ${i + 1} của đoàn đi dự cấp trên: nhóm đại biểu "${p.value}" không có trong thành phần đại biểu của kế hoạch`,
      });
    }
    if (p.dimension === 'attribute' && !attributeKeys(plan.delegateRules).includes(p.value)) {
      issues.push({
        path: where,
        message: `Phần ${i + 1} của đoàn đi dự cấp trên: thuộc tính "${p.value}" không có trong kế hoạch (các thuộc tính: ${attributeKeys(plan.delegateRules).join(', ')})`,
      });
    }
    if (p.dimension === 'kind' && p.value !== 'collective' && p.value !== 'individual') {
      issues.push({
        path: where,
        message: `Phần ${i + 1} của đoàn đi dự cấp trên: loại phải là tập thể (collective) hoặc cá nhân (individual)`,
      });
    }
  });

  plan.performanceAllocations.forEach((a, i) => {
    if (a.max < a.min) {
      issues.push({
        path: ['performanceAllocations', i, 'max'],
        message: `Số tiết mục tối đa của ${a.unitName} phải lớn hơn hoặc bằng số tối thiểu (${a.min})`,
      });
    }
  });

  return issues;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** The level's noun in running text, where it reads after a conference's form ("… phường"). */
const LEVEL_NOUN: Partial<Record<Plan['level'], string>> = { ward: 'phường', commune: 'xã' };

/**
 * The conference as a plan refers to it by its level: "Hội nghị điển hình tiên tiến phường"
 * (seed 000, II.1); a level without a one-word noun keeps the official title.
 */
export function conferenceByLevel(plan: Pick<Plan, 'form' | 'level' | 'officialTitle'>): string {
  const noun = LEVEL_NOUN[plan.level];
  return noun ? `${plan.form.trim()} ${noun}` : plan.officialTitle.trim();
}
