import { individual, setDeadline } from './nominations';
import type { TestApp } from './test-app';

type Inject = TestApp['app']['inject'];

/** Accepted nominations (ready for the council), made through the API as the office would. */
export async function acceptedNominations(
  t: TestApp,
  names: { unit: string; name: string; gender?: string }[],
) {
  const secretary = await t.login('thuky');
  await setDeadline(t, secretary, 3);
  const base = `/api/conferences/${t.demo.conferenceId}`;
  const ids: string[] = [];
  for (const n of names) {
    const unitId = t.demo.unitIds.get(n.unit)!;
    let row = (
      await t.app.inject({
        method: 'POST',
        url: `${base}/units/${unitId}/nominations`,
        headers: { cookie: secretary },
        payload: individual(t.demo.formIds.get('DHTT-CN')!, n.name, { gender: n.gender ?? 'female' }),
      })
    ).json();
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
    if (row.status !== 'accepted') throw new Error(`nomination not accepted: ${JSON.stringify(row)}`);
    ids.push(row.id);
  }
  return ids;
}

/** A council meeting of the demo term with the given usernames present (and a tally committee). */
export async function meetingWith(t: TestApp, presentUsernames: string[], tallyCommittee?: string[]) {
  const secretary = await t.login('thuky');
  const base = `/api/conferences/${t.demo.conferenceId}/meetings`;
  const m = (
    await t.app.inject({
      method: 'POST',
      url: base,
      headers: { cookie: secretary },
      payload: {
        term: '2020-2025',
        title: 'Họp Hội đồng TĐKT lần 2',
        meetingDate: '2020-03-25',
        place: 'Hội trường UBND phường',
        quorumNumerator: 2,
        quorumDenominator: 3,
        ...(tallyCommittee ? { tallyCommittee } : {}),
      },
    })
  ).json();
  const url = `${base}/${m.id}`;
  for (const username of presentUsernames) {
    const cookie = await t.login(username);
    const me = (await t.app.inject({ url, headers: { cookie } })).json();
    const res = await t.app.inject({
      method: 'PUT',
      url: `${url}/attendance`,
      headers: { cookie },
      payload: { councilMemberId: me.mySeat.id, present: true },
    });
    if (res.statusCode !== 200) throw new Error(`attendance ${username}: ${res.body}`);
  }
  return { id: m.id as string, url, secretary };
}

/** An electronic (secret) ballot over the nominations, created and opened by the secretary. */
export async function openElectronicBallot(
  t: TestApp,
  m: { url: string; secretary: string },
  nominationIds: string[],
) {
  const created = await t.send('POST', `${m.url}/ballots`, m.secretary, {
    title: 'Phiếu kín',
    mode: 'electronic',
    items: nominationIds.map((nominationId) => ({ nominationId })),
  });
  if (created.statusCode !== 201) throw new Error(`ballot: ${created.body}`);
  const ballot = created.json() as { id: string; items: { id: string }[] };
  const url = `${m.url}/ballots/${ballot.id}`;
  const opened = await t.send('POST', `${url}/open`, m.secretary);
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.body}`);
  return { ballot, url };
}

/** Seven of the demo council's members (the chair first): a quorate meeting. */
export const SEVEN_MEMBERS = ['chutich', 'phochutich', 'uyvien', 'uyvien2', 'uyvien3', 'uyvien4', 'uyvien5'];

export const castAs = (inject: Inject, cookie: string, ballotUrl: string, choices: Record<string, string>) =>
  inject({ method: 'POST', url: `${ballotUrl}/cast`, headers: { cookie }, payload: { choices } });

/**
 * A paper ballot (kiểm phiếu giấy) over the nominations, opened, its counts entered by the
 * secretary (7 papers, tally committee Hồ Văn Sơn and Bùi Thị Nga) and closed.
 * `counts[i]` is for `items[i]`.
 */
export async function closedPaperBallot(
  t: TestApp,
  secretary: string,
  meetingUrl: string,
  ballot: {
    title: string;
    items: { nominationId: string; excluded?: { councilMemberId: string; reason: string }[] }[];
    counts: { agree: number; disagree: number }[];
  },
) {
  const inject = async (method: 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url, headers: { cookie: secretary }, payload });
    if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`${method} ${url}: ${res.body}`);
    return res.json();
  };
  const b = await inject('POST', `${meetingUrl}/ballots`, {
    title: ballot.title,
    mode: 'paper',
    items: ballot.items,
  });
  const url = `${meetingUrl}/ballots/${b.id}`;
  const open = await inject('POST', `${url}/open`);
  const ids = b.items.map((i: { id: string }) => i.id) as string[];
  await inject('PUT', `${url}/counts`, {
    version: open.version,
    papersIssued: 7,
    papersReturned: 7,
    tallyCommittee: ['Hồ Văn Sơn', 'Bùi Thị Nga'],
    counts: Object.fromEntries(ids.map((id, i) => [id, ballot.counts[i]])),
  });
  return inject('POST', `${url}/close`);
}
