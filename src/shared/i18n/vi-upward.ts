import type { UpwardChannel, UpwardStatus } from '../schemas/upward';

// Luồng gửi lên cấp trên: the delegation page's "Gửi đoàn lên cấp trên" and the upper level's
// inbox. Part of the `vi` catalog (key `up`).
export const viUpward = {
  status: {
    received: 'Đã nhận',
    returned: 'Trả lại',
    accepted: 'Được chấp nhận',
    honored: 'Được vinh danh',
  } satisfies Record<UpwardStatus, string>,
  notSent: 'Chưa gửi',
  channel: {
    send: 'Gửi trực tiếp',
    import: 'Nhập hồ sơ ZIP',
  } satisfies Record<UpwardChannel, string>,
  send: {
    title: 'Gửi đoàn lên cấp trên',
    help: 'Gửi cả đoàn (hồ sơ, tóm tắt thành tích, kết quả Hội đồng, số Quyết định) vào hội nghị của cơ quan cấp trên trong một thao tác. Đề nghị bị trả lại được gửi lại vào đúng hồ sơ cũ.',
    target: 'Hội nghị cấp trên',
    closed: 'đã hết hạn nhận hồ sơ',
    until: 'nhận hồ sơ đến {{date}}',
    noTargets: 'Chưa có cơ quan cấp trên nào gắn một đơn vị của mình với cơ quan này.',
    button: 'Gửi đoàn lên cấp trên',
    member: 'Thành viên đoàn',
    state: 'Tình trạng ở cấp trên',
    reason: 'Lý do: {{reason}}',
  },
  origin: {
    title: 'Nguồn gốc hồ sơ',
    from: 'Do {{organization}} gửi lên ({{conference}})',
    council: 'Kết quả Hội đồng cấp dưới: {{agree}}/{{base}} đồng ý ({{share}}%)',
  },
  inbox: {
    title: 'Hồ sơ cấp dưới gửi lên',
    help: 'Các đoàn cấp dưới đã gửi lên hội nghị này (gửi trực tiếp hoặc nhập hồ sơ ZIP), mới nhất trước. Mỗi hồ sơ nằm trong danh sách đề nghị của đơn vị tương ứng.',
    empty: 'Chưa có đoàn nào gửi lên.',
    from: 'Cơ quan gửi',
    unit: 'Đơn vị',
    members: 'Số hồ sơ',
    files: 'Tệp',
    sentAt: 'Thời điểm',
    decision: 'Quyết định',
    total: '{{count}} lượt gửi',
    prev: 'Trang trước',
    next: 'Trang sau',
    open: 'Hồ sơ cấp dưới gửi lên',
  },
};
