import { describe, expect, it } from 'vitest';
import {
  effectiveCheckinTime,
  keepListUntil,
  mayDownloadDayList,
  mayUndoOffline,
  offlineCheckinWins,
} from './checkin-sync';

const at = (iso: string) => new Date(iso);

describe('effectiveCheckinTime', () => {
  const received = at('2026-03-10T01:00:00Z');
  it("keeps the phone's time within the allowed skew", () => {
    const r = effectiveCheckinTime(at('2026-03-10T00:20:00Z'), received, 3600);
    expect(r).toEqual({ at: at('2026-03-10T00:20:00Z'), deviceTrusted: true });
  });
  it('uses the receipt when the phone is off by more than the setting', () => {
    const r = effectiveCheckinTime(at('2026-03-09T20:00:00Z'), received, 3600);
    expect(r).toEqual({ at: received, deviceTrusted: false });
  });
  it('uses the receipt when the phone says the future', () => {
    expect(effectiveCheckinTime(at('2026-03-10T01:00:05Z'), received, 3600).deviceTrusted).toBe(false);
  });
});

describe('offlineCheckinWins', () => {
  it('lets the earliest stay; a tie keeps the stored one', () => {
    expect(offlineCheckinWins(at('2026-03-10T01:00:00Z'), at('2026-03-10T00:59:00Z'))).toBe(true);
    expect(offlineCheckinWins(at('2026-03-10T01:00:00Z'), at('2026-03-10T01:00:00Z'))).toBe(false);
    expect(offlineCheckinWins(at('2026-03-10T01:00:00Z'), at('2026-03-10T01:01:00Z'))).toBe(false);
  });
});

describe('mayUndoOffline', () => {
  const me = 'u1';
  it("undoes the phone's own offline check-in only", () => {
    expect(mayUndoOffline({ clientId: 'c1', checkedInBy: me }, { undoes: 'c1' }, me)).toBe(true);
    expect(mayUndoOffline({ clientId: 'c2', checkedInBy: me }, { undoes: 'c1' }, me)).toBe(false);
    expect(mayUndoOffline({ clientId: null, checkedInBy: me }, { undoes: 'c1' }, me)).toBe(false);
  });
  it('undoes an online check-in made by the same user, not by another', () => {
    expect(mayUndoOffline({ clientId: null, checkedInBy: me }, {}, me)).toBe(true);
    expect(mayUndoOffline({ clientId: null, checkedInBy: 'u2' }, {}, me)).toBe(false);
    expect(mayUndoOffline({ clientId: 'c9', checkedInBy: me }, {}, me)).toBe(false);
  });
});

describe('the day list', () => {
  it('is kept until the end of the window, Vietnam time', () => {
    expect(keepListUntil({ to: '2026-03-11' })).toBe('2026-03-11T17:00:00.000Z');
    expect(keepListUntil({ to: null })).toBeNull();
  });
  it('may be downloaded while open and the day before', () => {
    const w = { conferenceDay: '2026-03-10', from: '2026-03-09', to: '2026-03-11', reason: 'x' };
    expect(mayDownloadDayList({ ...w, open: true, reason: null }, '2026-03-09')).toBe(true);
    expect(mayDownloadDayList({ ...w, open: false }, '2026-03-08')).toBe(true);
    expect(mayDownloadDayList({ ...w, open: false }, '2026-03-07')).toBe(false);
    expect(mayDownloadDayList({ ...w, open: false }, '2026-03-12')).toBe(false);
  });
});
