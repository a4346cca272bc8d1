// Test data for the builders' unit tests: the Văn Yên header and a few honorees.
import type { HonoreeEntry } from '../../shared/rules/honorees';
import type { PrizeForm } from '../../shared/rules/prize-money';
import { planBaseSchema } from '../../shared/schemas/plan';
import { vanYenOrganization, vanYenPlan } from '../seed/van-yen';
import type { Header } from './builder-common';

export function vanYenHeader(): Header {
  const plan = planBaseSchema.parse(vanYenPlan(() => null));
  return {
    parentAgency: vanYenOrganization.parentName,
    issuingAgency: vanYenOrganization.name,
    organizationName: vanYenOrganization.name,
    place: plan.issuePlace,
    signature: { ...plan.signer },
    agencyCode: 'UBND',
    plan,
  };
}

const form = (formId: string, formName: string, formSortOrder: number) => ({
  formId,
  formName,
  formSortOrder,
});
export const CSTD = form('f-cstd', 'Chiến sĩ thi đua cơ sở', 60);
export const GKCN = form('f-gkcn', 'Giấy khen của Chủ tịch UBND phường (cá nhân)', 30);
export const TDPVH = form('f-tdp', 'Tổ dân phố văn hóa', 80);

/** The forms' prize coefficients (hệ số tiền thưởng). */
export const FORMS: PrizeForm[] = [
  { id: CSTD.formId, prizeCoefficient: 1 },
  { id: GKCN.formId, prizeCoefficient: 0.3 },
  { id: TDPVH.formId, prizeCoefficient: 1.5 },
];

/** Individuals first in the input, so the grouping has to move the collectives up. */
export const HONOREES: HonoreeEntry[] = [
  {
    ...CSTD,
    name: 'Nguyễn Thị Hường',
    kind: 'individual',
    unitName: 'Hội LHPN phường',
    position: 'Chủ tịch Hội',
  },
  { ...GKCN, name: 'Đặng Văn Lộc', kind: 'individual', unitName: 'Tổ dân phố 3', position: 'Tổ trưởng' },
  {
    ...CSTD,
    name: 'Trương Quốc Việt',
    kind: 'individual',
    unitName: 'Đoàn Thanh niên phường',
    position: 'Bí thư',
  },
  {
    ...TDPVH,
    name: 'Tổ dân phố Đồng Ích',
    kind: 'collective',
    unitName: 'Tổ dân phố Đồng Ích',
    position: '',
  },
];

export const BASE_SALARIES = [
  { effectiveFrom: '2024-07-01', amount: 2_340_000 },
  { effectiveFrom: '2026-07-01', amount: 2_530_000 },
];

export const flat = (s: string) => s.replace(/\s+/g, ' ');
