// Văn bản của hội nghị: preview, downloads, issuing (ban hành) and the register (sổ văn bản).
// Part of the `vi` catalog (key `doc`).

export const viDocuments = {
  nav: {
    documents: 'Văn bản',
    backToConference: '‹ Về trang hội nghị',
  },
  overview: {
    title: 'Văn bản hội nghị',
    help: 'Kế hoạch, giấy mời, chương trình, tờ trình, biên bản, quyết định… theo thể thức Nghị định 30: xem trước, tải Word/PDF, ban hành và vào sổ văn bản.',
  },
  page: {
    title: 'Văn bản',
    kinds: 'Các loại văn bản',
    available: 'Đủ dữ liệu',
    unavailable: 'Chưa đủ dữ liệu',
    preview: 'Xem trước PDF',
    docx: 'Tải DOCX',
    pdf: 'Tải PDF',
    issue: 'Ban hành',
    noKinds: 'Chưa lấy được danh mục văn bản.',
  },
  issue: {
    title: 'Ban hành: {{label}}',
    help: 'Văn bản được lấy số tiếp theo trong năm, lưu tệp Word và PDF; sau khi ban hành không sửa được nữa.',
    signerName: 'Người ký',
    signedAt: 'Thời điểm ký',
    documentDate: 'Ngày ban hành (để trống: ngày ký)',
    submit: 'Ban hành',
    cancel: 'Hủy',
    done: 'Đã ban hành {{numberLine}}',
    required: 'Vui lòng nhập người ký và thời điểm ký',
  },
  register: {
    title: 'Sổ văn bản',
    empty: 'Chưa có văn bản nào được ban hành.',
    number: 'Số, ký hiệu',
    date: 'Ngày',
    type: 'Loại',
    version: 'Phiên bản',
    status: 'Trạng thái',
    signer: 'Người ký',
    files: 'Tệp',
    draft: 'Bản nháp',
    issued: 'Đã ban hành',
    replaces: 'Thay thế {{numberLine}}',
    replacedBy: 'Đã có phiên bản mới',
    newVersion: 'Tạo phiên bản mới',
    newVersionDone: 'Đã tạo bản nháp phiên bản {{version}}',
    issueDraft: 'Ban hành bản nháp',
  },
};

export type DocumentsCatalog = typeof viDocuments;
