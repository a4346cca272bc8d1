import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, session, startServer, stopServer } from '../helpers/built-server';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';
import { login } from './harness';

// Crash drill of the secret ballot (issue 14). The running totals of an open electronic ballot
// live only in the memory of the server process that opened it, so that nothing of a paper is
// ever written to the database or its WAL. When that process is killed (kill -9) mid-vote, the
// papers already cast are gone: the ballot must come back void — never counted wrongly — with
// the chair's page saying why; the secretary opens it again and the members present vote anew.
//
// The built server as `npm start` runs it, on its own embedded database in a temp dir: the demo's
// live conference has its council meeting under way with an electronic ballot open.

type Item = { id: string; result: { agree: number; disagree: number; abstain: number } | null };
type Ballot = {
  id: string;
  title: string;
  status: string;
  voidReason: string | null;
  ballotsCast: number | null;
  items: Item[];
  me: { inElectorate: boolean; voted: boolean; excludedItemIds: string[] } | null;
};
type Meeting = { id: string; ballots: Ballot[] };

const FIRST_ROUND = ['chutich', 'phochutich', 'uyvien'];
const SECOND_ROUND = ['uyvien2', 'uyvien3'];
const VOID_TEXT = 'Phiếu đã bị hủy vì máy chủ khởi động lại khi đang bỏ phiếu';

let dir: string;
let server: Server | null = null;
let browser: Browser;

async function get<T>(path: string, cookie: string): Promise<T> {
  const res = await fetch(`${server?.base}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The live meeting and its open (or void) electronic ballot, as `username` sees them. */
async function openBallot(username: string) {
  const { cookie } = await session(username, server?.base ?? '');
  const conferences = await get<{ items: { id: string }[] }>('/api/conferences', cookie);
  for (const { id: conferenceId } of conferences.items) {
    const list = await get<{ items: { id: string }[] }>(`/api/conferences/${conferenceId}/meetings`, cookie);
    for (const { id } of list.items) {
      const meeting = await get<Meeting>(`/api/conferences/${conferenceId}/meetings/${id}`, cookie);
      const ballot = meeting.ballots.find((b) => b.status === 'open' || b.status === 'void');
      if (ballot) return { cookie, conferenceId, meeting, ballot };
    }
  }
  throw new Error('the live demo has no open ballot');
}

/** `username` casts "agree" on every item they may vote on: the answer's status and message, and the items they may not vote on. */
async function cast(username: string) {
  const { cookie, conferenceId, meeting, ballot } = await openBallot(username);
  const excluded = new Set(ballot.me?.excludedItemIds ?? []);
  const choices = Object.fromEntries(
    ballot.items.filter((i) => !excluded.has(i.id)).map((i) => [i.id, 'agree']),
  );
  const res = await fetch(
    `${server?.base}/api/conferences/${conferenceId}/meetings/${meeting.id}/ballots/${ballot.id}/cast`,
    {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: server?.base ?? '' },
      body: JSON.stringify({ choices }),
    },
  );
  const body = (await res.json()) as { error?: { message: string } };
  return { status: res.status, message: body.error?.message ?? '', excluded };
}

async function secretaryPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server?.base, locale: 'vi-VN' });
  const page = await context.newPage();
  await login(page, 'thuky');
  const { conferenceId, meeting } = await openBallot('thuky');
  await page.goto(`/conferences/${conferenceId}/review/meetings/${meeting.id}`);
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vd-crash-'));
  server = await startServer({ DATA_DIR: join(dir, 'data'), DATABASE_URL: '' });
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

describe('the server holding an open ballot is killed mid-vote', () => {
  it('three members vote, then the process is killed with SIGKILL and started again', async () => {
    for (const member of FIRST_ROUND) expect((await cast(member)).status).toBe(200);
    const before = await openBallot('thuky');
    expect(before.ballot.ballotsCast).toBe(FIRST_ROUND.length);

    const killed = server as Server;
    const exited = new Promise((r) => killed.child.once('exit', r));
    killed.child.kill('SIGKILL');
    await exited;
    server = await startServer({ DATA_DIR: join(dir, 'data'), DATABASE_URL: '' });
  }, 180_000);

  it('the chair’s meeting page shows the ballot void and says why; a member’s paper is refused', async () => {
    const page = await secretaryPage();
    const card = page.getByTestId('ballot-void');
    await card.waitFor();
    expect(await card.textContent()).toContain(VOID_TEXT);
    expect(await page.getByText('Đã hủy', { exact: true }).count()).toBeGreaterThan(0);

    const refused = await cast('uyvien2');
    expect(refused.status).toBe(409);
    expect(refused.message).toContain(VOID_TEXT);
    const { ballot } = await openBallot('thuky');
    expect(ballot.status).toBe('void');
    expect(ballot.voidReason).toBe('owner_lost');
    await page.context().close();
  }, 120_000);

  it('the secretary opens it again; only the new round’s papers are counted at the close', async () => {
    const page = await secretaryPage();
    const { ballot } = await openBallot('thuky');
    await page.getByRole('button', { name: `Mở lại phiếu để bỏ phiếu lại: ${ballot.title}` }).click();
    await page.getByText('Đang bỏ phiếu').first().waitFor();

    const reopened = await openBallot('thuky');
    expect(reopened.ballot.status).toBe('open');
    expect(reopened.ballot.ballotsCast).toBe(0);
    // a member of the lost round votes again; so does one who had not voted
    const again = [FIRST_ROUND[0] as string, ...SECOND_ROUND];
    const excluded: Record<string, Set<string>> = {};
    for (const member of again) {
      const r = await cast(member);
      expect(r.status, `${member}: ${r.message}`).toBe(200);
      excluded[member] = r.excluded;
    }

    await page.getByRole('button', { name: `Đóng phiếu: ${ballot.title}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng phiếu' }).click();
    await page.getByText('Đã đóng', { exact: true }).first().waitFor();

    const closed = (await openBallot('thuky').catch(() => null))?.ballot;
    expect(closed, 'the ballot is no longer open').toBeFalsy();
    const meeting = await get<Meeting>(
      `/api/conferences/${reopened.conferenceId}/meetings/${reopened.meeting.id}`,
      reopened.cookie,
    );
    const result = meeting.ballots.find((b) => b.id === ballot.id) as Ballot;
    expect(result.status).toBe('closed');
    expect(result.ballotsCast).toBe(again.length);
    for (const item of result.items) {
      const voters = again.filter((m) => !excluded[m]?.has(item.id)).length;
      expect(item.result, item.id).toMatchObject({ agree: voters, disagree: 0 });
    }
    await page.context().close();
  }, 120_000);
});
