// The demo's eligibility rules: EXAMPLES of what an organizer configures (is_example, "ví dụ" in
// every sentence), after docs/research/tdkt-statistics-and-eligibility.md §2.6 — not law. Dated:
// the rules of Law 06/2022 apply from 01/01/2024; one older version (CSTĐ cấp tỉnh under the 2003
// Law) runs until 31/12/2023, so the 2020 conference is judged by the rule of its day.
//
// Every form a rule names must be known to the organizer (its honour_forms or its conferences'
// award forms): seed the conference and the register's catalogue (CSTD-TINH) first.
import type { EligibilityParams, EligibilityRuleInput } from '../../shared/schemas/honours';
import type { Db } from '../db/client';
import { createEligibilityRule } from '../modules/eligibility/mutations';

const EXAMPLE = 'Ví dụ — không phải quy định pháp luật; đơn vị tự cấu hình.';
const LAW_2022 = '2024-01-01';

/** The demo's forms, each blocked while discipline is pending (ND 152/2025 principle (c)). */
const DEMO_FORMS = [
  'DHTT-CN',
  'DHTT-TT',
  'GK-CN',
  'GK-TT',
  'LDTT',
  'CSTD-CS',
  'CSTD-TINH',
  'TTLDTT',
  'TDPVH',
  'GDVH',
] as const;

type ExampleRule = {
  formCode: string;
  params: EligibilityParams;
  basis: string;
  validFrom?: string;
  validTo?: string | null;
};

export const vanYenEligibilityRules: ExampleRule[] = [
  {
    formCode: 'CSTD-CS',
    params: { kind: 'requires_prior', forms: ['LDTT'], count: 1, years: 1, includeSameYear: true },
    basis: 'Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến trong năm (Luật TĐKT, danh hiệu CSTĐCS).',
  },
  {
    formCode: 'CSTD-TINH',
    params: { kind: 'consecutive', forms: ['CSTD-CS'], years: 3 },
    basis:
      'Chiến sĩ thi đua cấp tỉnh: 3 năm liên tục đạt CSTĐCS (số năm lấy theo quy định cũ; đối chiếu Luật 06/2022).',
  },
  {
    formCode: 'CSTD-TINH',
    params: { kind: 'consecutive', forms: ['CSTD-CS'], years: 3 },
    basis:
      'Luật TĐKT 2003 (sửa đổi 2013) Điều 22, NĐ 91/2017: 3 lần liên tục đạt CSTĐCS — hết áp dụng từ 01/01/2024.',
    validFrom: '2017-09-15',
    validTo: '2023-12-31',
  },
  {
    formCode: 'GK-CN',
    params: { kind: 'min_gap', forms: ['GK-CN'], years: 2 },
    basis: 'Giấy khen cá nhân: cách lần khen Giấy khen trước ít nhất 2 năm.',
  },
  {
    formCode: 'DHTT-CN',
    params: { kind: 'min_gap', forms: ['DHTT-CN'], years: 5 },
    basis: 'Điển hình tiên tiến được biểu dương một lần trong mỗi giai đoạn 5 năm của phong trào.',
  },
  {
    formCode: 'DHTT-CN',
    params: { kind: 'one_achievement' },
    basis: 'Một thành tích không khen nhiều lần, nhiều hình thức (Luật 06/2022 Điều 5 khoản 2).',
  },
  ...DEMO_FORMS.map(
    (formCode): ExampleRule => ({
      formCode,
      params: { kind: 'discipline_block' },
      basis: 'Không đề nghị khen thưởng khi đang xem xét kỷ luật, thanh tra, kiểm tra.',
    }),
  ),
];

/** Inserts the demo's example rules for the organizer (audited as the system's); returns their count. */
export async function seedEligibilityRules(db: Db, organizationId: string): Promise<number> {
  for (const r of vanYenEligibilityRules) {
    const input: EligibilityRuleInput = {
      formCode: r.formCode,
      params: r.params,
      validFrom: r.validFrom ?? LAW_2022,
      validTo: r.validTo ?? null,
      note: `${EXAMPLE} ${r.basis}`,
      isExample: true,
    };
    await createEligibilityRule({ db, actor: null, organizationId, input });
  }
  return vanYenEligibilityRules.length;
}
