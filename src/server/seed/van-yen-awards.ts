import type { AwardFormDraft } from '../../shared/schemas/nominations';

// Hình thức khen thưởng of a ward conference (editable per conference). Coefficients from
// DOMAIN.md (Decree 152/2025); approval thresholds are the demo council's regulation, not law.
const majority = { percent: 50, operator: 'gt', base: 'present' } as const;
const seventy = { percent: 70, operator: 'gte', base: 'present' } as const;
const ninetyOfAll = { percent: 90, operator: 'gte', base: 'all' } as const;

const commonCriteria = [
  'Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương',
  'Không vi phạm kỷ luật, không trong thời gian bị xem xét xử lý kỷ luật hoặc điều tra',
];

export const vanYenAwardForms: AwardFormDraft[] = [
  {
    code: 'DHTT-CN',
    name: 'Điển hình tiên tiến được biểu dương (cá nhân)',
    appliesTo: 'individual',
    // The plan hands "Giấy chứng nhận, hoa, tiền thưởng" to those honored (III step 3); the demo
    // ward gives them what a Giấy khen carries (0,3 / 0,6 × lương cơ sở). Its own rule, editable.
    prizeCoefficient: 0.3,
    approvalRule: seventy,
    criteria: [
      ...commonCriteria,
      'Có thành tích tiêu biểu, xuất sắc trong phong trào thi đua giai đoạn 5 năm, có sức lan tỏa trong cộng đồng',
      'Được tập thể đơn vị bình xét, suy tôn',
    ],
    sortOrder: 10,
  },
  {
    code: 'DHTT-TT',
    name: 'Điển hình tiên tiến được biểu dương (tập thể)',
    appliesTo: 'collective',
    prizeCoefficient: 0.6,
    approvalRule: seventy,
    criteria: [...commonCriteria, 'Là tập thể tiêu biểu, có mô hình mới, cách làm hay được nhân rộng'],
    sortOrder: 20,
  },
  {
    code: 'GK-CN',
    name: 'Giấy khen của Chủ tịch UBND phường (cá nhân)',
    appliesTo: 'individual',
    prizeCoefficient: 0.3,
    approvalRule: seventy,
    criteria: [...commonCriteria, 'Có thành tích xuất sắc được bình xét trong phong trào thi đua'],
    sortOrder: 30,
  },
  {
    code: 'GK-TT',
    name: 'Giấy khen của Chủ tịch UBND phường (tập thể)',
    appliesTo: 'collective',
    prizeCoefficient: 0.6,
    approvalRule: seventy,
    criteria: [...commonCriteria, 'Tập thể có thành tích xuất sắc, nội bộ đoàn kết'],
    sortOrder: 40,
  },
  {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    appliesTo: 'individual',
    prizeCoefficient: 0.3,
    approvalRule: majority,
    criteria: ['Hoàn thành tốt nhiệm vụ được giao', 'Chấp hành tốt chủ trương, chính sách, pháp luật'],
    sortOrder: 50,
  },
  {
    code: 'CSTD-CS',
    name: 'Chiến sĩ thi đua cơ sở',
    appliesTo: 'individual',
    prizeCoefficient: 1,
    approvalRule: ninetyOfAll,
    criteria: ['Đạt danh hiệu Lao động tiên tiến', 'Có sáng kiến hoặc giải pháp được công nhận'],
    sortOrder: 60,
  },
  {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    appliesTo: 'collective',
    prizeCoefficient: 0.8,
    approvalRule: seventy,
    criteria: [
      'Hoàn thành tốt nhiệm vụ và kế hoạch được giao',
      'Có trên 50% cá nhân đạt danh hiệu Lao động tiên tiến',
    ],
    sortOrder: 70,
  },
  {
    code: 'TDPVH',
    name: 'Tổ dân phố văn hóa',
    appliesTo: 'collective',
    prizeCoefficient: 1.5,
    approvalRule: majority,
    criteria: [
      'Đời sống kinh tế ổn định và từng bước phát triển',
      'Đời sống văn hóa, tinh thần lành mạnh, phong phú',
    ],
    sortOrder: 80,
  },
  {
    code: 'GDVH',
    name: 'Gia đình văn hóa',
    appliesTo: 'household',
    prizeCoefficient: 0,
    approvalRule: majority,
    criteria: [
      'Gương mẫu chấp hành chủ trương, chính sách, pháp luật',
      'Gia đình hòa thuận, hạnh phúc, tiến bộ',
    ],
    sortOrder: 90,
  },
];

/** Demo quotas: every unit may propose 3 individuals and 1 collective to be honored. */
export const vanYenQuotas: { code: string; count: number; unitFilter?: (name: string) => boolean }[] = [
  { code: 'DHTT-CN', count: 3 },
  { code: 'DHTT-TT', count: 1 },
  { code: 'TDPVH', count: 1, unitFilter: (name) => name.startsWith('Tổ dân phố') },
];
