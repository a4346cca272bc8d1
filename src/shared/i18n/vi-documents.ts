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
    issue: 'Ban hành',
    noKinds: 'Chưa lấy được danh mục văn bản.',
    meeting: 'Phiên họp',
  },
  /** The PDF preview drawn by pdf.js (documents and certificates). */
  viewer: {
    opening: 'Đang mở bản xem trước…',
    drawing: 'Đang vẽ trang {{page}}…',
    pageCount: 'Tài liệu có {{count}} trang',
    position: 'Trang {{page}}/{{pages}}',
    previous: '‹ Trang trước',
    next: 'Trang sau ›',
    pageLabel: '{{title}}: trang {{page}}/{{pages}}',
    save: 'Lưu tệp PDF này',
    failedTitle: 'Không hiển thị được bản xem trước',
    failed: 'Trình duyệt không vẽ được tệp PDF này. Hãy tải tệp PDF về máy để xem.',
  },
  settings: {
    title: 'Cài đặt văn bản',
    help: 'Cách làm tròn tiền thưởng và các dòng căn cứ của Quyết định khen thưởng. Văn bản đã ban hành giữ nguyên như lúc ban hành.',
    rounding: 'Làm tròn tiền thưởng',
    roundings: {
      none: 'Không làm tròn (đến từng đồng)',
      up_10000: 'Làm tròn lên đến chục nghìn đồng',
      nearest_1000: 'Làm tròn đến nghìn đồng gần nhất',
    },
    useDefault: 'Dùng căn cứ pháp lý mặc định',
    legalBasis: 'Căn cứ pháp lý của Quyết định',
    legalBasisHelp:
      'Mỗi dòng một căn cứ. Dòng căn cứ Kế hoạch và dòng "Xét đề nghị của Hội đồng Thi đua - Khen thưởng" được thêm tự động.',
    save: 'Lưu cài đặt văn bản',
    saved: 'Đã lưu cài đặt văn bản',
    conflict: 'Cài đặt vừa được người khác thay đổi; đã tải lại bản mới nhất, hãy sửa lại.',
    decisionDate: 'Ngày Quyết định khen thưởng (dự thảo)',
    decisionDateHelp:
      'Tiền thưởng của QĐ dự thảo, dự trù kinh phí và trang hình thức khen thưởng tính theo mức lương cơ sở áp dụng ngày này. Để trống: ngày tổ chức Hội nghị ({{day}}). QĐ đã ban hành giữ ngày ban hành.',
    draftPrizes: 'QĐ dự thảo',
  },
  /** What the budget, the award forms, the dashboard and the QĐ settings say about the prize amounts. */
  prizes: {
    line: 'Tính theo lương cơ sở {{amount}} đ áp dụng ngày {{date}} ({{source}}; mức lương cơ sở từ {{since}}).',
    source: {
      issued: 'ngày của QĐ số {{number}} đã ban hành',
      setting: 'ngày QĐ dự thảo do Văn phòng đặt',
      conference_day: 'chưa đặt ngày QĐ: lấy ngày tổ chức Hội nghị',
      today: 'chưa đặt ngày QĐ, chưa có ngày Hội nghị: lấy hôm nay',
    },
    noSalary: 'Chưa có mức lương cơ sở áp dụng ngày {{date}} (ngày QĐ): chưa tính được tiền thưởng.',
    total:
      'Tiền thưởng {{total}} đ tính theo QĐ ngày {{date}} cho {{count}} tập thể, cá nhân được khen thưởng.',
    changes: 'Số tiền thay đổi khi danh sách khen thưởng hoặc ngày QĐ thay đổi.',
    changed:
      'Sau khi đóng phiếu “{{ballot}}” (họp ngày {{meeting}}), tổng tiền thưởng đổi từ {{previous}} đ thành {{total}} đ.',
    setDate: 'Đặt ngày QĐ',
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
