import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, utcStamp } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ICS writer', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a Vietnamese character', () => {
    const line = `SUMMARY:${'Chuẩn bị hội trường, ma-két, hoa tươi và nước uống cho Hội nghị '.repeat(4)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    // unfolding (remove CRLF + one space) gives the line back, every character whole
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('UID:abc')).toBe('UID:abc');
  });

  it('writes all-day events with CRLF, a stable UID, DTSTAMP and an exclusive DTEND', () => {
    const ics = buildCalendar({
      name: 'Hội nghị, 2020',
      now: new Date('2026-11-24T19:20:51.123Z'),
      events: [
        { uid: 'milestone-1@vinh-danh', start: '2020-03-31', summary: 'Tổ chức Hội nghị' },
        {
          uid: 'task-2@vinh-danh',
          start: '2020-03-15',
          end: '2020-03-17',
          summary: 'Gửi kế hoạch; các đơn vị',
          description: 'Phụ trách: Văn phòng\nTrạng thái: Đã xong',
        },
      ],
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTAMP:20261124T192051Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20200331\r\nDTEND;VALUE=DATE:20200401');
    expect(ics).toContain('DTSTART;VALUE=DATE:20200315\r\nDTEND;VALUE=DATE:20200318');
    expect(ics).toContain('SUMMARY:Gửi kế hoạch\\; các đơn vị');
    expect(ics).toContain('DESCRIPTION:Phụ trách: Văn phòng\\nTrạng thái: Đã xong');
    expect(ics).toContain('X-WR-CALNAME:Hội nghị\\, 2020');
    expect(utcStamp(new Date('2020-03-31T00:00:00Z'))).toBe('20200331T000000Z');
  });
});
