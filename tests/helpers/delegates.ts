import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { setMilestoneDay } from './nominations';
import { openDemo, type TestApp } from './test-app';

/** Moves the demo's conference day (31/3/2020) to a day relative to today (Vietnam time). */
export const setConferenceDay = (t: TestApp, secretaryCookie: string, daysFromToday: number) =>
  setMilestoneDay(t, secretaryCookie, 'conference_day', daysFromToday);

export type GuestRow = Partial<
  Record<'fullName' | 'gender' | 'title' | 'unitName' | 'category' | 'email', string>
> & {
  /** Other columns by the start of their header, e.g. an attribute's: { 'Dưới 35 tuổi': 'x' }. */
  cells?: Record<string, string>;
};

/** Fills the downloaded delegate template from row 4, as the secretary would in Excel. */
export async function fillDelegateTemplate(template: Buffer, rows: GuestRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const headers: string[] = [];
  ws.getRow(3).eachCell((cell, col) => {
    headers[col] = cell.text;
  });
  const col = (label: string) => headers.findIndex((h) => h?.startsWith(label));
  const labels = {
    fullName: 'Họ và tên',
    gender: 'Giới tính',
    title: 'Chức vụ',
    unitName: 'Đơn vị/Cơ quan',
    category: 'Nhóm đại biểu',
    email: 'Email',
  } as const;
  rows.forEach((data, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = i + 1;
    for (const [key, label] of Object.entries(labels)) {
      const v = data[key as keyof typeof labels];
      if (v !== undefined) row.getCell(col(label)).value = v;
    }
    for (const [label, v] of Object.entries(data.cells ?? {})) {
      if (col(label) < 0) throw new Error(`the template has no column "${label}"`);
      row.getCell(col(label)).value = v;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type SseEvent = { event: string; data: unknown; id?: number };

/**
 * Opens a server-sent events stream; `next(n)` waits for n `checkin` events (bounded).
 * `lastEventId`: resumes as a reconnecting EventSource does (the Last-Event-ID header).
 */
export async function openEvents(url: string, cookie: string, opts: { lastEventId?: number } = {}) {
  const controller = new AbortController();
  const headers: Record<string, string> = { cookie };
  if (opts.lastEventId !== undefined) headers['last-event-id'] = String(opts.lastEventId);
  const res = await fetch(url, { headers, signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const events: SseEvent[] = [];
  let buffer = '';
  const pump = async (until: () => boolean, ms: number) => {
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      while (!until()) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += new TextDecoder().decode(value);
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const chunk = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(chunk)?.[1];
          const data = /^data: (.*)$/m.exec(chunk)?.[1];
          const id = /^id: (\d+)$/m.exec(chunk)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data), id: id ? Number(id) : undefined });
          if (chunk.startsWith(': ready')) events.push({ event: 'ready', data: null });
        }
      }
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    events,
    ready: () => pump(() => events.some((e) => e.event === 'ready'), 5000),
    next: (n: number, event = 'checkin', ms = 5000) =>
      pump(() => events.filter((e) => e.event === event).length >= n, ms),
    close: () => controller.abort(),
  };
}

/**
 * The demo app on its conference day (today), `conf` = /api/conferences/<demo conference>, the
 * secretary's and reception's cookies; `close` also ends the open event streams.
 */
export async function openCheckinDay() {
  const { t, base: conf, secretary } = await openDemo();
  const reception = await t.login('letan');
  await setConferenceDay(t, secretary, 0);
  const close = async () => {
    t.app.server.closeAllConnections();
    await t.close();
  };
  return { t, conf, secretary, reception, close };
}
