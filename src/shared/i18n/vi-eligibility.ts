import type { EligibilityRuleKind } from '../schemas/honours';

// Điều kiện xét khen thưởng: the rules page, the nomination's card "Khen thưởng đã có & điều
// kiện", the voting card's warning. Part of the `vi` catalog (key `elig`). The findings' sentences
// come from the server (modules/eligibility/messages.ts).

export const viEligibility = {
  nav: 'Điều kiện khen thưởng',
  card: {
    title: 'Khen thưởng đã có & điều kiện',
    eligible: 'Đủ điều kiện',
    ineligible: 'Chưa đủ điều kiện',
    ineligibleBecause: 'Chưa đủ điều kiện — vì {{reason}}',
    noRules: 'Hình thức này chưa có điều kiện xét nào đang áp dụng',
    example: 'ví dụ',
    exampleHelp: 'Điều kiện ví dụ, không phải quy định pháp luật: đơn vị tự cấu hình.',
    findings: 'Các điều kiện',
    evidence: 'Căn cứ trong sổ khen thưởng',
    pastHonours: 'Khen thưởng đã có',
    noPastHonours: 'Sổ khen thưởng chưa ghi khen thưởng nào của người/tập thể này.',
    year: 'Năm',
    form: 'Hình thức',
    decision: 'Quyết định',
    decisionLine: '{{number}} ngày {{date}}',
    revoked: 'đã thu hồi',
    note: 'Giải trình của đơn vị',
    noteLabel: 'Giải trình (bắt buộc để gửi khi chưa đủ điều kiện)',
    noteHelp:
      'Ghi rõ vì sao vẫn đề nghị: ví dụ thành tích khác với lần khen trước. Hội đồng sẽ thấy giải trình này.',
    more: '+ {{count}} khen thưởng khác',
  },
  vote: {
    warning: 'Chưa đủ điều kiện: {{reason}}',
    eligible: 'Đủ điều kiện theo sổ khen thưởng',
    explained: 'Đơn vị giải trình: {{note}}',
    badge: 'chưa đủ ĐK',
  },
  form: {
    movement: 'Phong trào thi đua',
    movementHelp: 'Thành tích thuộc phong trào nào (không bắt buộc).',
    movementNone: 'Không thuộc phong trào nào',
    noMovements: 'Chưa có phong trào thi đua nào',
    achievementRef: 'Tham chiếu thành tích',
    achievementRefHelp:
      'Số hiệu sáng kiến, công trình hoặc quyết định mà thành tích dựa vào: mỗi thành tích chỉ được khen một lần.',
  },
  rules: {
    title: 'Điều kiện xét khen thưởng',
    help: 'Điều kiện của từng hình thức, có thời hạn áp dụng: hồ sơ đề nghị được xét theo điều kiện đang áp dụng vào ngày hội nghị.',
    add: 'Thêm điều kiện',
    edit: 'Sửa điều kiện',
    empty: 'Chưa có điều kiện nào.',
    saved: 'Đã lưu điều kiện',
    deleted: 'Đã xóa điều kiện',
    formCode: 'Hình thức áp dụng',
    kind: 'Loại điều kiện',
    forms: 'Hình thức cần có',
    formsGap: 'Hình thức tính khoảng cách (để trống: chính hình thức này)',
    count: 'Số lần cần có',
    years: 'Số năm',
    includeSameYear: 'Tính cả năm đang xét',
    validFrom: 'Áp dụng từ ngày',
    validTo: 'Áp dụng đến ngày',
    validToHelp: 'Để trống: đang áp dụng',
    note: 'Ghi chú, căn cứ',
    isExample: 'Là điều kiện ví dụ (không phải quy định pháp luật)',
    period: 'Áp dụng',
    periodOpen: 'từ {{from}}',
    periodClosed: '{{from}} – {{to}}',
    inForce: 'đang áp dụng',
    expired: 'hết áp dụng',
    describe: {
      requires_prior: 'Cần {{count}} lần {{forms}} trong {{years}} năm trước',
      requires_priorSame: 'Cần {{count}} lần {{forms}} trong {{years}} năm trước và năm đang xét',
      consecutive: '{{years}} năm liên tục đạt {{forms}}',
      min_gap: 'Cách lần {{forms}} trước ít nhất {{years}} năm',
      one_achievement: 'Một thành tích chỉ khen một lần',
      discipline_block: 'Không đang xem xét kỷ luật, thanh tra',
    },
  },
  kind: {
    requires_prior: 'Cần danh hiệu, hình thức trước đó',
    consecutive: 'Số năm liên tục',
    min_gap: 'Khoảng cách tối thiểu',
    one_achievement: 'Một thành tích một lần khen',
    discipline_block: 'Đang xem xét kỷ luật thì không khen',
  } satisfies Record<EligibilityRuleKind, string>,
};

export type EligibilityCatalog = typeof viEligibility;
