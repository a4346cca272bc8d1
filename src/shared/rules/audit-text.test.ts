import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import type { AuditEntryView } from '../schemas/audit';
import { auditTextLines, describeAuditEntry } from './audit-text';

const U1 = '11111111-1111-4111-8111-111111111111';
const U2 = '22222222-2222-4222-8222-222222222222';
const F1 = '33333333-3333-4333-8333-333333333333';
const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const GONE = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const names = {
  [U1]: 'Tổ dân phố 1',
  [U2]: 'Tổ dân phố 2',
  [F1]: 'Lao động tiên tiến',
  [A]: 'Khai mạc',
  [B]: 'Báo cáo tổng kết',
  [C]: 'Văn nghệ chào mừng',
};

const entry = (
  e: Partial<AuditEntryView> & Pick<AuditEntryView, 'action' | 'entityType'>,
): AuditEntryView => ({
  id: 1,
  at: '2020-03-23T01:00:00Z',
  actorUserId: null,
  actorName: 'Trần Thị Hà',
  entityId: U1,
  conferenceId: null,
  before: null,
  after: null,
  ...e,
});

const lines = (e: AuditEntryView, catalog = vi) =>
  auditTextLines(describeAuditEntry(e, names, catalog), catalog);

describe('an audit entry in words', () => {
  it('tells a change field by field, bookkeeping left out', () => {
    const e = entry({
      action: 'milestone.updated',
      entityType: 'milestone',
      before: {
        id: 'm1',
        version: 1,
        updatedAt: 'a',
        startDate: '2020-03-23',
        title: 'Hạn nộp',
        done: false,
      },
      after: { id: 'm1', version: 2, updatedAt: 'b', startDate: '2020-03-24', title: 'Hạn nộp', done: true },
    });
    const text = describeAuditEntry(e, names, vi);
    expect(text.action).toBe('Sửa mốc thời gian');
    expect(text.objectType).toBe('Mốc thời gian');
    expect(lines(e)).toEqual(['Ngày bắt đầu: 23/03/2020 → 24/03/2020', 'Đã hoàn thành: Không → Có']);
  });

  it('walks a plan down to the changed leaf, with the plan form’s labels', () => {
    const e = entry({
      action: 'conference.plan_updated',
      entityType: 'conference',
      before: { delegateRules: { cap: 100, categories: [{ key: 'a', sharePercent: 70 }] }, purposes: ['x'] },
      after: {
        delegateRules: { cap: 120, categories: [{ key: 'a', sharePercent: 70 }] },
        purposes: ['x', 'y'],
      },
    });
    expect(lines(e)).toEqual([
      'Thành phần đại biểu › Số đại biểu tối đa: 100 → 120',
      'Mục đích, yêu cầu › mục 2: (trống) → y',
    ]);
  });

  it('names the warnings the secretary accepted when she saved a plan anyway', () => {
    const message =
      'Nhóm "Đại biểu khách mời": số tối thiểu 40 nhưng tỷ lệ tối đa 30% của 100 đại biểu chỉ cho phép 30';
    const other =
      'Các nhóm cần ít nhất Đại biểu điển hình tiên tiến 70 + Đại biểu khách mời 40 = 110 đại biểu';
    const e = entry({
      action: 'conference.plan_updated',
      entityType: 'conference',
      before: { delegateRules: { cap: 100 } },
      after: {
        delegateRules: { cap: 100 },
        acknowledgedWarnings: [
          { code: 'category-min-over-share', path: 'delegateRules.categories.1.minCount', message },
          { code: 'category-minimums-over-cap', path: 'delegateRules.cap', message: other },
        ],
      },
    });
    // in full, with every number: never cut like other long lists
    expect(lines(e)).toEqual([`Cảnh báo đã xác nhận vẫn lưu: (trống) → ${message}; ${other}`]);
  });

  it('says what a status change and a return reason are', () => {
    const e = entry({
      action: 'nomination.return',
      entityType: 'nomination',
      before: { status: 'submitted', returnReason: null },
      after: { status: 'returned', returnReason: 'Thiếu biên bản' },
    });
    expect(describeAuditEntry(e, { [U1]: 'Võ Thị Lan' }, vi)).toMatchObject({
      action: 'Trả lại hồ sơ đề nghị',
      subject: 'Võ Thị Lan',
    });
    expect(lines(e)).toEqual(['Trạng thái: Đã gửi → Bị trả lại', 'Lý do trả lại: (trống) → Thiếu biên bản']);
    expect(lines(e, en)).toEqual([
      'Status: Submitted → Returned',
      'Reason for return: (empty) → Thiếu biên bản',
    ]);
  });

  it('shows a quota grid change per unit and award form', () => {
    const e = entry({
      action: 'quota.grid_saved',
      entityType: 'conference',
      before: { quotaTotal: 10, cells: [{ unitId: U1, awardFormId: F1, count: 2 }] },
      after: {
        quotaTotal: 11,
        cells: [
          { unitId: U1, awardFormId: F1, count: 3 },
          { unitId: U2, awardFormId: F1, count: 1 },
        ],
      },
    });
    expect(describeAuditEntry(e, names, vi).action).toBe('Phân bổ chỉ tiêu cho các đơn vị');
    expect(lines(e)).toEqual([
      'Tổng chỉ tiêu: 10 → 11',
      'Chỉ tiêu › Tổ dân phố 1 – Lao động tiên tiến: 2 → 3',
      'Chỉ tiêu › Tổ dân phố 2 – Lao động tiên tiến: (trống) → 1',
    ]);
  });

  it('tells a new agenda order by the items that moved', () => {
    const e = entry({
      action: 'agenda.reordered',
      entityType: 'program_session',
      before: { ids: [A, B, C] },
      after: { ids: [A, C, B] },
    });
    expect(lines(e)).toEqual([
      'Thứ tự › Văn nghệ chào mừng: vị trí 3 → vị trí 2',
      'Thứ tự › Báo cáo tổng kết: vị trí 2 → vị trí 3',
    ]);
  });

  it('names roles with their unit, people and objects instead of ids, and says when one is gone', () => {
    const roles = entry({
      action: 'user.updated',
      entityType: 'user',
      before: { fullName: 'Nguyễn Văn Tâm', isActive: true, roles: [{ role: 'secretary', unitId: null }] },
      after: { fullName: 'Nguyễn Văn Tâm', isActive: true, roles: [{ role: 'unit_head', unitId: U1 }] },
    });
    expect(lines(roles)).toEqual(['Vai trò: Thư ký/Văn phòng → Trưởng đơn vị (Tổ dân phố 1)']);
    const run = entry({
      action: 'program.run.next',
      entityType: 'program_session',
      before: { currentItemId: A },
      after: { currentItemId: GONE },
    });
    expect(lines(run)).toEqual(['Mục đang diễn ra: Khai mạc → (không còn trong hệ thống)']);
  });

  it('writes money with đ and decimals with a comma; hides hashes and bookkeeping', () => {
    const e = entry({
      action: 'budget_line.created',
      entityType: 'budget_line',
      entityId: GONE,
      after: {
        id: GONE,
        organizationId: GONE,
        title: 'Hoa tươi',
        group: 'flowers',
        quantity: 2.5,
        unitPrice: 1_500_000,
        actualAmount: null,
        createdAt: '2020-03-01T00:00:00Z',
      },
    });
    expect(describeAuditEntry(e, {}, vi).subject).toBe('Hoa tươi');
    expect(lines(e)).toEqual(['Nhóm chi: Hoa', 'Số lượng: 2,5', 'Đơn giá: 1.500.000 đ']);
    const image = entry({
      action: 'certificate_settings.seal_image_set',
      entityType: 'certificate_settings',
      before: { sealImageSha256: null },
      after: { sealImageSha256: 'ab'.repeat(32) },
    });
    expect(describeAuditEntry(image, names, vi)).toMatchObject({ action: 'Tải lên ảnh con dấu', lines: [] });
  });

  it('shows rich text as plain text: the changed part, or that only the formatting changed', () => {
    const long = 'Tích cực vận động nhân dân tham gia xây dựng đô thị văn minh, '.repeat(4);
    const e = (before: string, after: string) =>
      lines(
        entry({
          action: 'nomination.updated',
          entityType: 'nomination',
          before: { summaryHtml: before },
          after: { summaryHtml: after },
        }),
      );
    expect(e('<p>Tốt</p>', '<p><strong>Tốt</strong></p>')).toEqual([
      'Tóm tắt thành tích: Tốt → (chỉ đổi định dạng chữ)',
    ]);
    const [changed] = e(`<p>${long}120 hộ</p>`, `<p>${long}135 hộ &amp; 300 cây</p>`);
    expect(changed).toMatch(/^Tóm tắt thành tích: ….*120 hộ → ….*135 hộ & 300 cây$/);
    expect(changed).not.toMatch(/<|&amp;/);
  });

  it('never shows a code: unknown actions, types, fields and values read as such', () => {
    const e = entry({
      action: 'mystery.happened',
      entityType: 'mystery',
      after: { someNewField: 'x' },
    });
    const text = describeAuditEntry(e, names, vi);
    expect(text).toMatchObject({ action: 'Thao tác khác', objectType: 'Đối tượng khác' });
    expect(lines(e)).toEqual(['Thông tin khác: x']);
    const status = entry({
      action: 'nomination.accept',
      entityType: 'nomination',
      after: { status: 'weird' },
    });
    expect(lines(status)).toEqual(['Trạng thái: (giá trị khác)']);
  });

  it('shows a ballot’s results one nominee per line and counts the lines it leaves out', () => {
    const e = entry({
      action: 'ballot.closed',
      entityType: 'ballot',
      after: {
        results: [A, B, C].map((nominationId, i) => ({
          nominationId,
          agree: 8 - i,
          disagree: i,
          passed: i < 2,
        })),
      },
    });
    const text = describeAuditEntry(e, names, vi, 2);
    expect(text.action).toBe('Đóng phiên bỏ phiếu');
    expect(auditTextLines(text, vi)).toEqual([
      'Kết quả › Khai mạc: 8 đồng ý, 0 không đồng ý — Đạt',
      'Kết quả › Báo cáo tổng kết: 7 đồng ý, 1 không đồng ý — Đạt',
      '… và 1 thông tin khác',
    ]);
  });
});
