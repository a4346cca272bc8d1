import { FIELD_LABELS } from '../rules/certificate-layout';

// Giấy khen: design / pre-printed blank, printer calibration, batch printing.
// Part of the `vi` catalog (key `cert`).

export const viCertificates = {
  overview: {
    title: 'Giấy khen',
    help: 'In giấy khen cho người/tập thể được vinh danh: mẫu đầy đủ hoặc in trên phôi có căn chỉnh theo máy in.',
    open: 'In giấy khen',
  },
  page: {
    title: 'In giấy khen',
    back: '‹ Về trang hội nghị',
    count: '{{count}} người/tập thể được vinh danh',
    none: 'Chưa có người/tập thể nào được chọn vinh danh: chưa in được giấy khen.',
    mode: 'Chế độ in',
    design: 'Mẫu đầy đủ',
    blank: 'In trên phôi',
    designHelp: 'In cả khung viền, quốc hiệu, tiêu đề và nội dung trên giấy trắng.',
    blankHelp:
      'Chỉ in các ô thay đổi (tên, thành tích, số quyết định, ngày tháng, người ký) lên phôi in sẵn.',
    printer: 'Máy in',
    noPrinter: 'Không căn chỉnh',
    preview: 'Xem trước trang đầu',
    previewNote: 'Xem trước theo cài đặt đã lưu.',
    download: 'Tải giấy khen (PDF)',
    downloading: 'Đang tạo {{count}} giấy khen…',
    alignment: 'In tờ thử căn chỉnh',
    save: 'Lưu cài đặt',
    saved: 'Đã lưu cài đặt giấy khen',
    conflict: 'Cài đặt vừa được người khác thay đổi; đã tải lại bản mới nhất.',
    unsaved: 'Có thay đổi chưa lưu: hãy lưu trước khi tải hoặc xem trước.',
  },
  content: {
    title: 'Nội dung',
    certTitle: 'Tên giấy',
    awardingLine: 'Dòng cấp khen',
    achievement: 'Thành tích',
    decisionNumber: 'Số quyết định',
    decisionCode: 'Ký hiệu',
    decisionDate: 'Ngày quyết định',
    issuedOn: 'Ngày ký giấy khen',
    signerAuthority: 'Dòng thẩm quyền (TM., KT.)',
    signerTitle: 'Chức vụ người ký',
    signerName: 'Họ tên người ký',
    fallbackHelp: 'Để trống để dùng: {{value}}',
    registerNote:
      'Chưa có Quyết định khen thưởng ban hành trong sổ văn bản: giấy khen in số và ngày nhập ở đây. Khi quyết định được ban hành, giấy khen tự dùng số và ngày của quyết định.',
    issuedDecision:
      'Quyết định khen thưởng đã ban hành: {{numberLine}} ngày {{date}}. Giấy khen in số, ký hiệu và ngày của quyết định này; ba ô trên không được dùng.',
  },
  images: {
    title: 'Chữ ký và con dấu',
    help: 'Ảnh PNG hoặc JPG (nền trong suốt là đẹp nhất), in trên mẫu đầy đủ; khi in trên phôi, giấy khen được ký và đóng dấu tay.',
    signature: 'Ảnh chữ ký',
    seal: 'Ảnh con dấu',
    none: 'Chưa có ảnh.',
    upload: 'Tải ảnh lên',
    replace: 'Thay ảnh',
    remove: 'Xóa ảnh',
    uploaded: 'Đã lưu ảnh',
    removed: 'Đã xóa ảnh',
  },
  calibration: {
    title: 'Căn chỉnh máy in',
    help: 'Mỗi máy in kéo giấy lệch một chút. In tờ thử trên giấy thường, đặt lên phôi, đo độ lệch rồi nhập vào đây (mm, ±20).',
    name: 'Tên máy in',
    dx: 'Lệch ngang (mm)',
    dy: 'Lệch dọc (mm)',
    add: 'Thêm máy in',
    remove: 'Xóa',
    none: 'Chưa có máy in nào.',
    noteRight: 'sang phải {{mm}} mm',
    noteLeft: 'sang trái {{mm}} mm',
    noteDown: 'xuống dưới {{mm}} mm',
    noteUp: 'lên trên {{mm}} mm',
    noteZero: 'Máy in {{name}}: in đúng vị trí đã đặt.',
    note: 'Máy in {{name}}: mọi ô chữ dịch {{moves}}.',
  },
  layout: {
    title: 'Vị trí các ô trên phôi',
    help: 'Tính từ góc trên bên trái tờ giấy A4 nằm ngang (297 × 210 mm). Chữ dài tự thu nhỏ để nằm gọn trong ô.',
    field: 'Ô',
    x: 'x (mm)',
    y: 'y (mm)',
    width: 'Rộng (mm)',
    size: 'Cỡ chữ (pt)',
    reset: 'Về vị trí mặc định',
  },
  fields: FIELD_LABELS,
};

export type CertificatesCatalog = typeof viCertificates;
