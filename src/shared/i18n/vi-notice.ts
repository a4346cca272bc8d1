import type { COMMENT_STATUSES, NOTICE_STATES, PublicField } from '../schemas/publicity';

type Words<T extends readonly string[]> = Record<T[number], string>;

// Thông báo công khai danh sách đề nghị khen thưởng and the comments sent on it. Part of the `vi`
// catalog (key `notice`).
/** Words of the feature's pages; joins the web catalog with them (each web feature's catalog.ts). The nav words are in vi-public-nav.ts. */
export const viNoticePages = {
  title: 'Công khai danh sách đề nghị khen thưởng',
  help: 'Niêm yết danh sách các tập thể, cá nhân đã được tiếp nhận hồ sơ (Hội đồng sẽ xét) trên trang công khai để người dân góp ý trong một thời hạn; ghi cách xử lý từng ý kiến và kết quả.',
  back: 'Về hội nghị',
  none: 'Chưa lập thông báo công khai. Chọn thời gian và thông tin công khai rồi bấm "Lưu".',
  opensOn: 'Từ ngày',
  closesOn: 'Đến hết ngày',
  fields: 'Thông tin công khai (họ tên luôn hiện)',
  field: {
    unit: 'Đơn vị',
    form: 'Hình thức đề nghị',
    summary: 'Tóm tắt thành tích',
    position: 'Chức vụ',
    birthYear: 'Năm sinh',
  } satisfies Record<PublicField, string>,
  howToComment: 'Cách gửi ý kiến (ngoài biểu mẫu trên trang)',
  save: 'Lưu',
  saved: 'Đã lưu thông báo công khai',
  publish: 'Công khai danh sách',
  published: 'Đã công khai danh sách',
  withdraw: 'Gỡ thông báo',
  withdrawn: 'Đã gỡ thông báo công khai',
  conflict: 'Thông báo vừa được người khác sửa: đã tải lại bản mới nhất',
  state: {
    draft: 'Chưa công khai',
    scheduled: 'Đã công khai, chưa đến thời gian nhận ý kiến',
    open: 'Đang nhận ý kiến',
    closed: 'Đã hết thời gian nhận ý kiến',
    withdrawn: 'Đã gỡ',
  } satisfies Words<typeof NOTICE_STATES>,
  publicLink: 'Trang công khai',
  openPublic: 'Mở trang công khai',
  outcome: 'Kết quả xử lý ý kiến (ghi vào biên bản và tờ trình)',
  outcomeSave: 'Lưu kết quả',
  outcomeSaved: 'Đã lưu kết quả xử lý',
  comments: 'Ý kiến nhận được ({{count}})',
  noComments: 'Chưa có ý kiến nào.',
  wholeList: 'Cả danh sách',
  anonymous: 'Không ghi tên',
  sentAt: 'Gửi lúc {{at}}',
  status: {
    new: 'Chưa xử lý',
    upheld: 'Có cơ sở, xem xét lại',
    dismissed: 'Không có cơ sở',
    noted: 'Đã ghi nhận',
  } satisfies Words<typeof COMMENT_STATUSES>,
  handlingStatus: 'Kết luận',
  handling: 'Cách xử lý',
  handle: 'Lưu cách xử lý',
  handled: 'Đã lưu cách xử lý ý kiến',
  handledBy: '{{name}} ghi lúc {{at}}',
  publicComments: 'Ý kiến công khai ({{count}})',
  publicCommentsHelp:
    'Ý kiến người dân gửi qua trang công khai danh sách, và cách Thường trực Hội đồng xử lý.',
};
