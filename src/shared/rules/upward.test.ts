import { describe, expect, it } from 'vitest';
import {
  checkUpwardQuota,
  countUpwardStatuses,
  decisionReference,
  upwardSendAction,
  upwardStatusOf,
} from './upward';

describe('upward status', () => {
  it('reads the upper nomination as the four words of the lower level', () => {
    expect(upwardStatusOf('submitted', false)).toBe('received');
    expect(upwardStatusOf('resubmitted', false)).toBe('received');
    expect(upwardStatusOf('returned', false)).toBe('returned');
    expect(upwardStatusOf('rejected', false)).toBe('returned');
    expect(upwardStatusOf('accepted', false)).toBe('accepted');
    expect(upwardStatusOf('accepted', true)).toBe('honored');
    expect(upwardStatusOf('draft', false)).toBeNull();
  });

  it('counts an arrival’s members by word', () => {
    expect(countUpwardStatuses(['received', 'returned', 'honored', 'honored', null])).toEqual({
      received: 1,
      returned: 1,
      accepted: 0,
      honored: 2,
    });
  });

  it('re-sends only what came back', () => {
    expect(upwardSendAction(null)).toBe('create');
    expect(upwardSendAction('returned')).toBe('resend');
    expect(upwardSendAction('submitted')).toBe('keep');
    expect(upwardSendAction('accepted')).toBe('keep');
  });
});

describe('upward quota', () => {
  const base = { unitName: 'Phường Văn Yên', conferenceName: 'Hội nghị tỉnh' };
  it('fits exactly at the quota and refuses one over, naming the unit and the numbers', () => {
    expect(
      checkUpwardQuota({ ...base, lines: [{ formName: 'Cá nhân', quota: 6, used: 2, adding: 4 }] }),
    ).toEqual({ ok: true });
    const over = checkUpwardQuota({
      ...base,
      lines: [{ formName: 'Cá nhân', quota: 6, used: 2, adding: 5 }],
    });
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.message).toContain('Phường Văn Yên');
      expect(over.message).toContain('là 6, đã dùng 2, còn 4; đoàn gửi thêm 5');
    }
  });
  it('ignores a form the send adds nothing to', () => {
    expect(
      checkUpwardQuota({ ...base, lines: [{ formName: 'Tập thể', quota: 0, used: 3, adding: 0 }] }),
    ).toEqual({ ok: true });
  });
});

describe('decision reference', () => {
  it('prints the number, code and day', () => {
    expect(decisionReference(12, 'QĐ-UBND', '2020-06-05')).toBe('Quyết định số 12/QĐ-UBND ngày 05/06/2020');
    expect(decisionReference(3, '', null)).toBe('Quyết định số 3');
  });
});
