import { describe, expect, it } from 'vitest';
import { runState } from '../../../shared/rules/program';
import type { SessionRow } from './data';

const items = ['Đón tiếp đại biểu', 'Ổn định tổ chức', 'Báo cáo tổng kết'].map((title, i) => ({
  id: `i${i}`,
  number: String(i + 1),
  title,
  kind: 'ceremony',
  start: ['07:30', '07:45', '07:50'][i]!,
  end: ['07:45', '07:50', '08:20'][i]!,
  durationMinutes: [15, 5, 30][i]!,
  presenterName: '',
}));
const at = (min: number) => new Date(Date.UTC(2020, 3, 5, 0, min));
const session = (current: string | null, startedMin: number | null, runMin: number | null) =>
  ({
    currentItemId: current,
    currentStartedAt: startedMin === null ? null : at(startedMin),
    runStartedAt: runMin === null ? null : at(runMin),
  }) as SessionRow;

describe('run of show', () => {
  it('before the start: nothing on stage, the first item next', () => {
    const r = runState(null, items);
    expect(r).toMatchObject({
      running: false,
      finished: false,
      current: null,
      next: { id: 'i0' },
      overMinutes: null,
    });
  });

  it('measures late and early against the agenda from when the run started', () => {
    // item 2 is planned 15 minutes after the first; it began 20 minutes after: 5 late
    const late = runState(session('i1', 20, 0), items, at(21));
    expect(late).toMatchObject({
      running: true,
      current: { id: 'i1', index: 1 },
      next: { id: 'i2' },
      overMinutes: 5,
      overUnder: 'Chậm 5 phút',
    });
    // began 10 minutes after: 5 early; running 8 minutes of 5 adds 3
    expect(runState(session('i1', 10, 0), items, at(12)).overUnder).toBe('Sớm 5 phút');
    expect(runState(session('i1', 10, 0), items, at(18)).overMinutes).toBe(-2);
  });

  it('after the last item: finished, nothing next', () => {
    expect(runState(session(null, 60, 0), items)).toMatchObject({
      running: false,
      finished: true,
      current: null,
      next: null,
    });
  });
});
