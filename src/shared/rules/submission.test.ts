import { describe, expect, it } from 'vitest';
import { checkQuota, deadlineState, nextStatus, readyToSubmit } from './submission';

describe('submission workflow', () => {
  it.each([
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'resubmitted'],
    ['submitted', 'return', 'returned'],
    ['resubmitted', 'accept', 'accepted'],
    ['submitted', 'reject', 'rejected'],
    ['draft', 'accept', null],
    ['accepted', 'return', null],
    ['rejected', 'submit', null],
    ['submitted', 'submit', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('has no rejection for unit reports', () => {
    expect(nextStatus('submitted', 'reject', true)).toBeNull();
  });
});

describe('deadlineState', () => {
  it('is open through the deadline day and closed after', () => {
    expect(deadlineState('2020-03-23', null, '2020-03-21')).toMatchObject({ open: true, daysLeft: 2 });
    expect(deadlineState('2020-03-23', null, '2020-03-23')).toMatchObject({ open: true, daysLeft: 0 });
    expect(deadlineState('2020-03-23', null, '2020-03-24')).toMatchObject({ open: false, daysLeft: -1 });
  });
  it('reopens for a unit until the extension', () => {
    expect(deadlineState('2020-03-23', '2020-03-26', '2020-03-25')).toMatchObject({
      open: true,
      daysLeft: 1,
    });
    expect(deadlineState('2020-03-23', '2020-03-26', '2020-03-27').open).toBe(false);
  });
  it('is always open without a deadline', () => {
    expect(deadlineState(null, null, '2030-01-01').open).toBe(true);
  });
});

describe('checkQuota', () => {
  it('allows up to the quota and says quota, used and what to do beyond it', () => {
    expect(checkQuota({ quota: 2, used: 1, formName: 'Giấy khen', unitName: 'Tổ dân phố 5' }).ok).toBe(true);
    const full = checkQuota({ quota: 2, used: 2, formName: 'Giấy khen', unitName: 'Tổ dân phố 5' });
    expect(full).toMatchObject({ ok: false, quota: 2, used: 2 });
    expect(full.ok === false && full.message).toBe(
      'Chỉ tiêu "Giấy khen" của Tổ dân phố 5 là 2, đã dùng 2. Hãy rút bớt một đề nghị đã gửi hoặc đề nghị Văn phòng phân bổ thêm chỉ tiêu.',
    );
    const none = checkQuota({
      quota: 0,
      used: 0,
      formName: 'Chiến sĩ thi đua cơ sở',
      unitName: 'Tổ dân phố 5',
    });
    expect(none.ok === false && none.message).toMatch(/chưa được phân bổ chỉ tiêu/);
  });
});

describe('readyToSubmit', () => {
  const form = '11111111-1111-4111-8111-111111111111';
  const draft = { kind: 'individual' as const, awardFormId: form, collective: null, summaryHtml: '' };

  it('names every missing field of a half-filled draft, the review record included', () => {
    const r = readyToSubmit({ ...draft, individual: { fullName: 'Nguyễn Thị Hường' }, unitReview: {} });
    expect(r.ok).toBe(false);
    expect(r.ok ? {} : r.fields).toEqual({
      'individual.gender': 'Giới tính là bắt buộc',
      'individual.birthYear': 'Năm sinh là bắt buộc',
      'individual.ethnicity': 'Dân tộc là bắt buộc',
      'individual.position': 'Chức vụ/nghề nghiệp là bắt buộc',
      'individual.occupationGroup': 'Nhóm đối tượng là bắt buộc',
      'unitReview.meetingDate': 'Ngày họp bình xét là bắt buộc: nhập ngày/tháng/năm (dd/mm/yyyy)',
      'unitReview.membersPresent': 'Số thành viên có mặt là bắt buộc',
      'unitReview.votesFor': 'Số phiếu đồng ý là bắt buộc',
      'unitReview.votesTotal': 'Tổng số phiếu là bắt buộc',
    });
  });

  const individual = {
    fullName: 'Nguyễn Thị Hường',
    gender: 'female',
    birthYear: 1962,
    ethnicity: 'Kinh',
    position: 'Tổ phó',
    occupationGroup: 'other',
  };

  it('gives the complete input when nothing is missing', () => {
    const r = readyToSubmit({ ...draft, individual, unitReview: null });
    expect(r).toStrictEqual({
      ok: true,
      input: {
        kind: 'individual',
        awardFormId: form,
        individual: { ...individual, field: '', phone: '' },
        summaryHtml: '',
        unitReview: null,
        movementId: null,
        achievementRef: '',
        eligibilityNote: '',
      },
    });
  });

  it('keeps the movement, the achievement reference and the explanation a draft holds', () => {
    const movementId = '22222222-2222-4222-8222-222222222222';
    const r = readyToSubmit({
      ...draft,
      individual,
      unitReview: null,
      movementId,
      achievementRef: 'SK 12/2024',
      eligibilityNote: 'Đã có xác nhận của Đảng ủy',
    });
    expect(r).toMatchObject({
      ok: true,
      input: { movementId, achievementRef: 'SK 12/2024', eligibilityNote: 'Đã có xác nhận của Đảng ủy' },
    });
  });
});
