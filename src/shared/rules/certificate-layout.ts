// Where the variable fields of a certificate (giấy khen / giấy chứng nhận) go on a landscape A4
// sheet, in millimetres from the top-left corner of the paper, and the limits a setting must keep.
// Shared by the renderer (server) and the certificate page (web), so both show the same checks.

/** Landscape A4 in millimetres. */
export const CERT_PAGE_MM = { width: 297, height: 210 } as const;

/** The largest printer calibration offset accepted, in mm (either way, either axis). */
export const MAX_OFFSET_MM = 20;

export const CERTIFICATE_FIELDS = [
  'awardingLine',
  'recipient',
  'detail',
  'achievement',
  'decision',
  'placeDate',
  'signerTitle',
  'signerName',
] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];

/** One field's box: top-left corner and width in mm, font size in points, lines it may take. */
export type FieldBox = { x: number; y: number; width: number; size: number; lines: number };
export type FieldLayout = Record<CertificateField, FieldBox>;

/** Vietnamese labels of the fields (alignment sheet and messages). */
export const FIELD_LABELS: Record<CertificateField, string> = {
  awardingLine: 'Dòng cấp khen',
  recipient: 'Tên người/tập thể',
  detail: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decision: 'Số, ngày quyết định',
  placeDate: 'Địa danh, ngày tháng',
  signerTitle: 'Chức danh người ký',
  signerName: 'Họ tên người ký',
};

/** The design-mode layout; also the starting point of a blank's layout. */
export const DEFAULT_FIELD_LAYOUT: FieldLayout = {
  awardingLine: { x: 30, y: 72, width: 237, size: 16, lines: 1 },
  recipient: { x: 30, y: 96, width: 237, size: 24, lines: 1 },
  detail: { x: 35, y: 110, width: 227, size: 14, lines: 1 },
  achievement: { x: 35, y: 121, width: 227, size: 15, lines: 2 },
  decision: { x: 22, y: 166, width: 125, size: 13, lines: 1 },
  placeDate: { x: 162, y: 146, width: 115, size: 13, lines: 1 },
  signerTitle: { x: 162, y: 153, width: 115, size: 14, lines: 2 },
  signerName: { x: 162, y: 188, width: 115, size: 14, lines: 1 },
};

/** Height of a field's box in mm (line height 1.25 × size). */
export function fieldHeightMm(box: FieldBox): number {
  return (box.lines * box.size * 1.25 * 25.4) / 72;
}

export type LayoutProblem = { field: CertificateField; message: string };

/** Every box must lie inside the sheet; sizes between 6 and 40 pt, 1–3 lines. Vietnamese messages. */
export function checkFieldLayout(layout: FieldLayout): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  for (const field of CERTIFICATE_FIELDS) {
    const box = layout[field];
    const label = FIELD_LABELS[field];
    if (box.x < 0 || box.y < 0) {
      problems.push({ field, message: `${label}: vị trí phải nằm trong trang (x, y không âm)` });
    } else if (box.x + box.width > CERT_PAGE_MM.width) {
      problems.push({
        field,
        message: `${label}: x + rộng (${box.x + box.width} mm) vượt quá chiều ngang trang ${CERT_PAGE_MM.width} mm`,
      });
    } else if (box.y + fieldHeightMm(box) > CERT_PAGE_MM.height) {
      problems.push({
        field,
        message: `${label}: ô chữ vượt quá mép dưới trang (cao ${CERT_PAGE_MM.height} mm)`,
      });
    }
    if (box.width < 10) problems.push({ field, message: `${label}: chiều rộng phải từ 10 mm trở lên` });
    if (box.size < 6 || box.size > 40)
      problems.push({ field, message: `${label}: cỡ chữ phải từ 6 đến 40 pt` });
    if (!Number.isInteger(box.lines) || box.lines < 1 || box.lines > 3) {
      problems.push({ field, message: `${label}: số dòng phải từ 1 đến 3` });
    }
  }
  return problems;
}

/** A calibration offset check: |dx|, |dy| ≤ 20 mm. */
export function offsetProblem(axis: 'dx' | 'dy', value: number): string | null {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_OFFSET_MM) {
    return `Độ lệch ${axis === 'dx' ? 'ngang' : 'dọc'} phải trong khoảng ±${MAX_OFFSET_MM} mm`;
  }
  return null;
}
