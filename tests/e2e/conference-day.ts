import type { Page } from 'playwright-core';

/**
 * The demo conference's day is 31/3/2020; reception opens only around the conference day. Moves
 * its milestone to today (Vietnam time) as the secretary signed in on `office` would.
 */
export async function conferenceDayToday(office: Page, cid: string): Promise<void> {
  const api = `/api/conferences/${cid}`;
  const conf = await (await office.request.get(api)).json();
  const day = conf.milestones.find((m: { kind: string }) => m.kind === 'conference_day');
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const moved = await office.request.put(`${api}/milestones/${day.id}`, {
    data: { ...day, startDate: today, endDate: null, version: day.version },
  });
  if (moved.status() !== 200) throw new Error(`conference day: ${moved.status()} ${await moved.text()}`);
}
