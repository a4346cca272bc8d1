import { describe, expect, it } from 'vitest';
import { judgeEligibility, type PastHonour, type RuleOfForm } from '../../../shared/rules/eligibility';
import type { EligibilityParams } from '../../../shared/schemas/honours';
import { type EvidenceHonour, findingMessage, formsText, honourLabel } from './messages';

const formNames = new Map([
  ['CSTD-CS', 'Chiến sĩ thi đua cơ sở'],
  ['LDTT', 'Lao động tiên tiến'],
  ['GK-CN', 'Giấy khen'],
]);
const register: EvidenceHonour[] = [
  {
    id: 'h1',
    formCode: 'CSTD-CS',
    formName: 'Chiến sĩ thi đua cơ sở',
    year: 2023,
    decisionNumber: '7/QĐ-UBND',
    decisionDate: '2023-12-20',
  },
  {
    id: 'h2',
    formCode: 'GK-CN',
    formName: 'Giấy khen',
    year: 2024,
    decisionNumber: '15/QĐ-UBND',
    decisionDate: '2024-03-12',
  },
];
const past: PastHonour[] = register.map((h) => ({ ...h, achievementRef: '', revoked: false }));

/** The sentence of the one rule, judged for 2025 against the register above. */
function say(
  params: EligibilityParams,
  formCode: string,
  opts: { isExample?: boolean; disciplinePending?: boolean; ref?: string } = {},
) {
  const rule: RuleOfForm = {
    id: 'r1',
    formCode,
    params,
    validFrom: '2024-01-01',
    validTo: null,
    isExample: !!opts.isExample,
  };
  const j = judgeEligibility([rule], past, {
    formCode,
    year: 2025,
    onDate: '2025-03-31',
    achievementRef: opts.ref ?? '',
    disciplinePending: !!opts.disciplinePending,
  });
  const ctx = {
    year: 2025,
    formNames,
    honours: new Map(register.map((h) => [h.id, h])),
    disciplineNote: 'đang thanh tra',
  };
  return findingMessage(j.findings[0]!, rule, ctx);
}

describe('the findings in Vietnamese', () => {
  it('names the consecutive years missing', () => {
    expect(say({ kind: 'consecutive', forms: ['CSTD-CS'], years: 3 }, 'CSTD-TINH')).toBe(
      'Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở (CSTD-CS) trước năm 2025; thiếu các năm 2022, 2024',
    );
    expect(say({ kind: 'consecutive', forms: ['CSTD-CS'], years: 1 }, 'CSTD-TINH')).toBe(
      'Cần 1 năm liên tục đạt Chiến sĩ thi đua cơ sở (CSTD-CS) trước năm 2025; thiếu năm 2024',
    );
  });

  it('cites the honour that is too recent, with its decision', () => {
    expect(say({ kind: 'min_gap', forms: [], years: 2 }, 'GK-CN')).toBe(
      'Đã được Giấy khen năm 2024 (QĐ 15/QĐ-UBND ngày 12/03/2024); cần cách ít nhất 2 năm',
    );
    expect(say({ kind: 'min_gap', forms: [], years: 1 }, 'GK-CN')).toBe(
      'Chưa được Giấy khen (GK-CN) trong 1 năm gần đây (từ năm 2025)',
    );
  });

  it('says what an earlier-title rule needs and found, and marks an example rule', () => {
    expect(
      say({ kind: 'requires_prior', forms: ['LDTT'], count: 1, years: 1, includeSameYear: true }, 'CSTD-CS', {
        isExample: true,
      }),
    ).toBe('Cần Lao động tiên tiến (LDTT) trong các năm 2024–2025; sổ khen thưởng chưa ghi lần nào (ví dụ)');
    expect(
      say(
        { kind: 'requires_prior', forms: ['CSTD-CS', 'GK-CN'], count: 2, years: 3, includeSameYear: false },
        'X',
      ),
    ).toBe('Đã có 2 lần Chiến sĩ thi đua cơ sở (CSTD-CS) hoặc Giấy khen (GK-CN) trong các năm 2022–2024');
  });

  it('words one achievement and pending discipline', () => {
    expect(say({ kind: 'one_achievement' }, 'GK-CN', { ref: '15/QĐ-UBND' })).toBe(
      'Thành tích này đã được khen thưởng: Giấy khen năm 2024 (QĐ 15/QĐ-UBND ngày 12/03/2024); mỗi thành tích chỉ được khen một lần',
    );
    expect(say({ kind: 'discipline_block' }, 'LDTT', { disciplinePending: true })).toBe(
      'Đang bị xem xét kỷ luật hoặc thanh tra, kiểm tra (đang thanh tra): chưa được đề nghị khen thưởng',
    );
  });

  it('labels forms and honours plainly when a name is unknown', () => {
    expect(formsText(['XYZ', 'LDTT'], formNames)).toBe('XYZ hoặc Lao động tiên tiến (LDTT)');
    expect(honourLabel({ ...register[0]!, decisionDate: '' })).toBe(
      'Chiến sĩ thi đua cơ sở năm 2023 (QĐ 7/QĐ-UBND)',
    );
  });
});
