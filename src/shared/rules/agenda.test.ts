import { describe, expect, it } from 'vitest';
import {
  agendaNumbers,
  allocationOverMax,
  checkPerformanceAllocations,
  computeAgenda,
  durationProblem,
  formatClock,
  overUnderText,
  parseClock,
} from './agenda';

const session = { startTime: '07:30', plannedEnd: '08:30' };

describe('computeAgenda', () => {
  it('gives each item its start and end from the session start and the durations before it', () => {
    const r = computeAgenda(session, [
      { title: 'Đón tiếp đại biểu', durationMinutes: 15 },
      { title: 'Ổn định tổ chức', durationMinutes: 5 },
      { title: 'Khai mạc', durationMinutes: 10 },
    ]);
    expect(r.items.map((i) => `${i.start}-${i.end}`)).toEqual(['07:30-07:45', '07:45-07:50', '07:50-08:00']);
    expect(r.end).toBe('08:00');
    expect(r.overMinutes).toBe(-30);
    expect(overUnderText(r.overMinutes)).toBe('còn dư 30 phút');
    expect(r.ok).toBe(true);
    expect(r.messages).toEqual([]);
  });

  it('warns, naming the first item past the planned end and the minutes over', () => {
    const r = computeAgenda(session, [
      { title: 'Báo cáo tổng kết', durationMinutes: 50 },
      { title: 'Tổng kết và bế mạc', durationMinutes: 25 },
    ]);
    expect(r.overMinutes).toBe(15);
    expect(r.ok).toBe(true);
    expect(r.items.map((i) => i.pastEnd)).toEqual([false, true]);
    expect(r.messages).toEqual([
      {
        level: 'warning',
        index: 1,
        message:
          "Mục 2 'Tổng kết và bế mạc' kết thúc lúc 08:45, chương trình vượt giờ kết thúc dự kiến 08:30 là 15 phút",
      },
    ]);
    expect(overUnderText(r.overMinutes)).toBe('vượt 15 phút');
  });

  it('refuses a zero, negative or fractional duration, naming the item', () => {
    const r = computeAgenda(session, [
      { title: 'Đón tiếp', durationMinutes: 10 },
      { title: 'Báo cáo tham luận của các điển hình tiên tiến', durationMinutes: -5 },
      { title: 'Bế mạc', durationMinutes: 2.5 },
    ]);
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.message)).toEqual([
      "Mục 2 'Báo cáo tham luận của các điển hình tiên tiến': thời lượng phải là số phút dương (số nguyên, từ 1 phút)",
      "Mục 3 'Bế mạc': thời lượng phải là số phút dương (số nguyên, từ 1 phút)",
    ]);
    // the bad items count as 0 for the times
    expect(r.items[2]!.start).toBe('07:40');
  });

  it('shortens a long title in the message and caps the duration', () => {
    const long = 'Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 5 năm 2015-2020';
    const m = durationProblem('5', long, 601)!;
    expect(m).toMatch(/^Mục 5 'Báo cáo tổng kết phong trào thi đua và công tác khen thưở…': /u);
    expect(m).toContain('không được quá 600 phút');
    expect(durationProblem('1', 'x', 600)).toBeNull();
  });

  it('numbers speeches and performances under the item before them', () => {
    expect(
      agendaNumbers([{}, { child: true }, { child: true }, {}, {}, { child: true }, { child: false }]),
    ).toEqual(['1', '1.1', '1.2', '2', '3', '3.1', '4']);
    // a child with nothing before it is an item of its own
    expect(agendaNumbers([{ child: true }, {}])).toEqual(['1', '2']);
  });

  it('reads and writes clock times; a bad start is an error', () => {
    expect(parseClock('07:30')).toBe(450);
    expect(parseClock('7:30')).toBeNull();
    expect(parseClock('24:00')).toBeNull();
    expect(formatClock(1445)).toBe('00:05');
    const r = computeAgenda({ startTime: '7h', plannedEnd: '11:30' }, []);
    expect(r.ok).toBe(false);
    expect(r.messages[0]!.message).toBe('Giờ bắt đầu phải có dạng HH:MM');
  });
});

describe('performance allocations', () => {
  const allocs = [
    { unitId: 'tieuhoc', unitName: 'Trường Tiểu học', min: 2, max: 2 },
    { unitId: 'mamnon', unitName: 'Trường Mầm non', min: 1, max: 2 },
    { unitId: null, unitName: 'Đoàn Thanh niên', min: 1, max: 1 },
  ];
  const p = (unitId: string | null, unitName = '') => ({ unitId, unitName });

  it('shows count against range per unit and what is missing or over', () => {
    const r = checkPerformanceAllocations(allocs, [
      p('tieuhoc'),
      p('mamnon'),
      p('mamnon'),
      p('mamnon'),
      p(null, 'Đoàn Thanh niên'),
    ]);
    expect(r.rows.map((x) => x.label)).toEqual([
      'Trường Tiểu học: 1/2',
      'Trường Mầm non: 3/1–2',
      'Đoàn Thanh niên: 1/1',
    ]);
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual([
      'Trường Tiểu học: còn thiếu 1 tiết mục (1/2)',
      'Trường Mầm non: vượt 1 tiết mục (3/1–2)',
    ]);
  });

  it('accepts the demo allocation', () => {
    const r = checkPerformanceAllocations(allocs, [
      p('tieuhoc'),
      p('tieuhoc'),
      p('mamnon'),
      p(null, 'Đoàn Thanh niên'),
    ]);
    expect(r.ok).toBe(true);
    expect(r.rows[1]!.label).toBe('Trường Mầm non: 1/1–2');
  });

  it('refuses a save that puts a unit above its maximum, naming unit and range', () => {
    const after = [p('mamnon'), p('mamnon'), p('mamnon')];
    expect(allocationOverMax(allocs, after, p('mamnon'))).toBe(
      'Trường Mầm non chỉ được phân bổ 1–2 tiết mục; lưu tiết mục này sẽ thành 3 tiết mục',
    );
    expect(allocationOverMax(allocs, after.slice(1), p('mamnon'))).toBeNull();
    expect(allocationOverMax(allocs, after, p('other', 'Khác'))).toBeNull();
  });
});
