// Test data for the builders' unit tests: the Văn Yên header and a few honorees.
import { planBaseSchema } from '../../shared/schemas/plan';
import { vanYenOrganization, vanYenPlan } from '../seed/van-yen';
import type { Header, HonoreeWithPrize } from './builder-common';

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

const form = (formId: string, formName: string, formSortOrder: number, coefficient: number) => ({
  formId,
  formName,
  formSortOrder,
  coefficient,
});
export const CSTD = form('f-cstd', 'Chiến sĩ thi đua cơ sở', 60, 1);
export const GKCN = form('f-gkcn', 'Giấy khen của Chủ tịch UBND phường (cá nhân)', 30, 0.3);
export const TDPVH = form('f-tdp', 'Tổ dân phố văn hóa', 80, 1.5);

/** Individuals first in the input, so the grouping has to move the collectives up. */
export const HONOREES: HonoreeWithPrize[] = [
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
