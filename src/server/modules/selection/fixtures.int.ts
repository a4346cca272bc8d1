// Test fixtures of the selection tests (not a test file itself): honorees decided through the API.
import { individual, multipartFile, setDeadline } from '../../../../tests/helpers/nominations';
import { meetingWith, SEVEN_MEMBERS } from '../../../../tests/helpers/review';
import type { TestApp } from '../../../../tests/helpers/test-app';

export const PRESENT = SEVEN_MEMBERS;

/** A collective nominee (tập thể) for a collective award form. */
export function collective(awardFormId: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'collective',
    awardFormId,
    collective: {
      name,
      collectiveType: 'Tổ dân phố',
      headName: 'Nguyễn Văn An',
      memberCount: 120,
      womenSharePercent: 55,
      ...extra,
    },
    summaryHtml: `<p>${name}: nhiều năm liền đạt danh hiệu văn hóa.</p>`,
    unitReview: { meetingDate: '2020-03-19', membersPresent: 30, votesFor: 28, votesTotal: 30 },
  };
}

export const person = (t: TestApp, name: string, extra: Record<string, unknown> = {}) =>
  individual(t.demo.formIds.get('DHTT-CN')!, name, extra);
export const group = (t: TestApp, name: string, extra: Record<string, unknown> = {}) =>
  collective(t.demo.formIds.get('DHTT-TT')!, name, extra);

/** Nominations created (with their files), submitted and accepted, as the office would. */
export async function accepted(
  t: TestApp,
  entries: { unit: string; body: object; files?: { name: string; bytes: Buffer }[] }[],
) {
  const secretary = await t.login('thuky');
  await setDeadline(t, secretary, 3);
  const base = `/api/conferences/${t.demo.conferenceId}`;
  const ids: string[] = [];
  for (const e of entries) {
    const created = await t.app.inject({
      method: 'POST',
      url: `${base}/units/${t.demo.unitIds.get(e.unit)}/nominations`,
      headers: { cookie: secretary },
      payload: e.body,
    });
    if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
    let row = created.json();
    for (const f of e.files ?? []) {
      const body = multipartFile(f.name, f.bytes);
      const res = await t.app.inject({
        method: 'POST',
        url: `${base}/nominations/${row.id}/attachments`,
        headers: { cookie: secretary, ...body.headers },
        payload: body.payload,
      });
      if (res.statusCode !== 201) throw new Error(`attach: ${res.body}`);
      row = res.json();
    }
    for (const action of ['submit', 'accept']) {
      row = (
        await t.app.inject({
          method: 'POST',
          url: `${base}/nominations/${row.id}/${action}`,
          headers: { cookie: secretary },
          payload: { version: row.version },
        })
      ).json();
    }
    if (row.status !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(row)}`);
    ids.push(row.id);
  }
  return ids;
}

/**
 * A council meeting (7 of 9 present) decides by show of hands: `pass` get 7/7 agree (honorees),
 * `fail` 2/7. Returns the meeting.
 */
export async function decideByHands(t: TestApp, pass: string[], fail: string[] = []) {
  const m = await meetingWith(t, PRESENT);
  const cookie = m.secretary;
  const b = await t.app.inject({
    method: 'POST',
    url: `${m.url}/ballots`,
    headers: { cookie },
    payload: {
      title: 'Biểu quyết chọn điển hình tiên tiến',
      mode: 'show_of_hands',
      items: [...pass, ...fail].map((nominationId) => ({ nominationId })),
    },
  });
  if (b.statusCode !== 201) throw new Error(`ballot: ${b.body}`);
  const ballot = b.json();
  const url = `${m.url}/ballots/${ballot.id}`;
  const open = (await t.app.inject({ method: 'POST', url: `${url}/open`, headers: { cookie } })).json();
  const counts = Object.fromEntries(
    ballot.items.map((i: { id: string; nominationId: string }) => [
      i.id,
      pass.includes(i.nominationId) ? { agree: 7, disagree: 0 } : { agree: 2, disagree: 5 },
    ]),
  );
  const entered = await t.app.inject({
    method: 'PUT',
    url: `${url}/counts`,
    headers: { cookie },
    payload: { version: open.version, counts },
  });
  if (entered.statusCode !== 200) throw new Error(`counts: ${entered.body}`);
  const closed = await t.app.inject({ method: 'POST', url: `${url}/close`, headers: { cookie } });
  if (closed.statusCode !== 200) throw new Error(`close: ${closed.body}`);
  return { ...m, ballotId: ballot.id as string };
}
