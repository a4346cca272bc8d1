// Plausible Vietnamese names, units and positions for the printing benches (deterministic by index).
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đình', 'Đức', 'Thị Thu', 'Hữu', 'Ngọc', 'Thanh'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hường',
  'Hải',
  'Lan',
  'Long',
  'Mai',
  'Nga',
  'Phúc',
  'Quỳnh',
  'Sơn',
  'Thắng',
  'Tuyết',
  'Xuân',
];

export const SAMPLE_UNITS = [
  'Tổ dân phố 1',
  'Tổ dân phố 5',
  'Hội LHPN phường',
  'Công an phường',
  'Trường Tiểu học Văn Yên',
  'Hội Cựu chiến binh phường',
];
export const SAMPLE_POSITIONS = ['', 'Tổ trưởng', 'Chi hội trưởng', 'Giáo viên', 'Hội viên'];

/** The i-th sample full name, e.g. "Nguyễn Văn An". */
export const sampleName = (i: number): string =>
  `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;

/** Pages in a PDF (its /Type /Page objects). */
export const pdfPageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
