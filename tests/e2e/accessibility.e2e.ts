import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NominationList } from '../../src/shared/schemas/nomination-views';
import type { BallotView, MeetingView } from '../../src/shared/schemas/review';
import { conferenceDayToday } from './conference-day';
import { type Harness, login, seeText, startHarness } from './harness';

// WCAG 2.1 AA on the pages people use most (issue 13): axe-core checks login, the conference
// overview, the nominations list, a unit head's workspace, the vote page and reception, each on a
// 390 px phone and a 1366 px desktop, and fails on any serious or critical violation. Then the
// checks a keyboard or screen-reader user notices: each ballot choice group is named by its
// candidate, the skip link is the first Tab stop and lands in <main>, and the closed phone menu
// keeps its links out of the Tab order.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BALLOT = 'Phiếu xét bổ sung';

let h: Harness;
let cid = '';
let votePath = '';
let candidates: string[] = [];
const pages = new Map<string, Page>();

/** One signed-in browser per demo user (the anonymous visitor is ''). */
async function pageOf(username: string): Promise<Page> {
  let p = pages.get(username);
  if (!p) {
    p = await h.newPage(PHONE);
    if (username) await login(p, username);
    pages.set(username, p);
  }
  return p;
}

/**
 * A council meeting of today with everyone present and one open electronic ballot over four of
 * the 2020 honorees' nominations, set up as the secretary would (over HTTP with her cookie).
 */
async function openBallot(office: Page): Promise<void> {
  const api = `/api/conferences/${cid}`;
  const ok = async <T>(res: Awaited<ReturnType<Page['request']['get']>>, what: string): Promise<T> => {
    if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const list = await ok<NominationList>(
    await office.request.get(`${api}/nominations?limit=50&offset=0`),
    'nominations',
  );
  const accepted = list.items.filter((n) => n.status === 'accepted').slice(0, 4);
  candidates = accepted.map((n) => n.name);
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const meeting = await ok<MeetingView>(
    await office.request.post(`${api}/meetings`, {
      data: {
        term: '2020-2025',
        title: 'Họp Hội đồng xét bổ sung',
        meetingDate: today,
        place: 'Hội trường UBND phường Văn Yên',
        quorumNumerator: 2,
        quorumDenominator: 3,
      },
    }),
    'meeting',
  );
  for (const m of meeting.members) {
    await ok(
      await office.request.put(`${api}/meetings/${meeting.id}/attendance`, {
        data: { councilMemberId: m.id, present: true },
      }),
      'attendance',
    );
  }
  const ballot = await ok<BallotView>(
    await office.request.post(`${api}/meetings/${meeting.id}/ballots`, {
      data: {
        title: BALLOT,
        mode: 'electronic',
        allowAbstain: true,
        items: accepted.map((n) => ({ nominationId: n.id, excluded: [] })),
      },
    }),
    'ballot',
  );
  await ok(await office.request.post(`${api}/meetings/${meeting.id}/ballots/${ballot.id}/open`), 'open');
  votePath = `/conferences/${cid}/review/meetings/${meeting.id}/ballots/${ballot.id}/vote`;
}

beforeAll(async () => {
  h = await startHarness({ history: true });
  cid = h.demo.conferenceId;
  const office = await pageOf('thuky');
  await openBallot(office);
  await conferenceDayToday(office, cid);
}, 180_000);
afterAll(async () => {
  await h?.close();
});

type Target = {
  name: string;
  user: string;
  path: () => string;
  /** Waits until the page shows its content (not a loader). */
  ready: (p: Page) => Promise<void>;
};

const TARGETS: Target[] = [
  {
    name: 'login',
    user: '',
    path: () => '/login',
    ready: (p) => p.getByLabel(/^Tên đăng nhập/).waitFor(),
  },
  {
    name: 'conference overview',
    user: 'thuky',
    path: () => `/conferences/${cid}`,
    ready: (p) => seeText(p, 'Mốc thời gian'),
  },
  {
    name: 'nominations list',
    user: 'thuky',
    path: () => `/conferences/${cid}/nominations`,
    ready: (p) => p.getByTestId('nominations-total').waitFor(),
  },
  {
    name: 'unit head’s workspace',
    user: 'tdp5',
    path: () => `/conferences/${cid}/units/${h.demo.unitIds.get('Tổ dân phố 5')}`,
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Tổ dân phố 5' }).waitFor(),
  },
  {
    name: 'vote page',
    user: 'uyvien',
    path: () => votePath,
    ready: (p) => p.getByTestId('vote-item').first().waitFor(),
  },
  {
    name: 'honours register',
    user: 'thuky',
    path: () => '/honours',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Sổ khen thưởng' }).waitFor(),
  },
  {
    name: 'eligibility rules',
    user: 'thuky',
    path: () => '/honours/rules',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Điều kiện xét khen thưởng' }).waitFor(),
  },
  {
    name: 'movements',
    user: 'thuky',
    path: () => '/movements',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Phong trào thi đua' }).waitFor(),
  },
  {
    name: 'statistics',
    user: 'thuky',
    path: () => '/statistics',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Thống kê thi đua, khen thưởng' }).waitFor(),
  },
  {
    name: 'reception',
    user: 'letan',
    path: () => `/conferences/${cid}/reception`,
    ready: async (p) => {
      await p.getByRole('searchbox', { name: 'Tìm theo tên (không cần dấu)' }).fill('nguyen');
      await p.getByTestId('checkin-card').first().waitFor();
    },
  },
];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** What a reader needs to act on: the rule, where, and axe's message. */
function describeViolations(where: string, violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `${where}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

describe('axe-core: no serious or critical WCAG 2.1 AA violation', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    for (const target of TARGETS) {
      it(`${target.name} at ${viewport.width} px`, async () => {
        const p = await pageOf(target.user);
        await p.setViewportSize(viewport);
        await p.goto(target.path());
        await target.ready(p);
        expect(await p.getByRole('main').count(), 'one <main> landmark').toBe(1);
        const result = await new AxeBuilder({ page: p }).withTags(WCAG_AA).analyze();
        const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const report = describeViolations(`${target.name} @${viewport.width}`, blocking);
        if (report) console.error(report);
        expect(report).toBe('');
      });
    }
  }
});

describe('what a keyboard or screen-reader user notices', () => {
  it('each choice group on the ballot is named by its candidate', async () => {
    const p = await pageOf('uyvien');
    await p.setViewportSize(PHONE);
    await p.goto(votePath);
    await p.getByTestId('vote-item').first().waitFor();
    expect(candidates).toHaveLength(4);
    expect(await p.getByRole('main').getByRole('radiogroup').count()).toBe(candidates.length);
    for (const name of candidates) {
      const group = p.getByRole('radiogroup', { name, exact: false });
      expect(await group.count(), `radiogroup named “${name}”`).toBe(1);
      expect(await group.getByRole('radio').count()).toBe(3);
    }
  });

  it('the login form says what is missing in Vietnamese, and the password toggle is reachable', async () => {
    const p = await pageOf('');
    await p.setViewportSize(PHONE);
    await p.goto('/login');
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    // The app's own messages on the fields (no browser bubble: the form is noValidate).
    const username = p.getByLabel(/^Tên đăng nhập/);
    await p.getByText('Vui lòng nhập tên đăng nhập').waitFor();
    await p.getByText('Vui lòng nhập mật khẩu').waitFor();
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    expect(await p.evaluate(() => document.querySelector('form')?.noValidate)).toBe(true);
    expect(await username.evaluate((el) => el === document.activeElement)).toBe(true);
    // Username, then password, then the named show/hide toggle, which Space presses.
    await username.fill('thuky');
    await p.getByLabel(/^Mật khẩu/).fill('VanYen@2020');
    await username.focus();
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    const focused = () =>
      p.evaluate(() => ({
        label: document.activeElement?.getAttribute('aria-label'),
        pressed: document.activeElement?.getAttribute('aria-pressed'),
      }));
    expect(await focused()).toEqual({ label: 'Hiện mật khẩu', pressed: 'false' });
    await p.keyboard.press('Space');
    expect(await focused()).toEqual({ label: 'Hiện mật khẩu', pressed: 'true' });
    expect(await p.getByLabel(/^Mật khẩu/).getAttribute('type')).toBe('text');
  });

  it.each([
    ['login', '', () => '/login'],
    ['vote page', 'uyvien', () => votePath],
    ['reception', 'letan', () => `/conferences/${cid}/reception`],
  ])('every Tab stop on the %s shows where the focus is', async (_name, user, path) => {
    const p = await pageOf(user);
    await p.setViewportSize(PHONE);
    await p.goto(path());
    await p.locator('main').getByRole('heading').first().waitFor();
    const invisible: string[] = [];
    for (let i = 0; i < 20; i++) {
      await p.keyboard.press('Tab');
      const el = (await p.evaluateHandle(() => document.activeElement)).asElement();
      if (!el || (await el.evaluate((e) => e === document.body))) break;
      const box = await el.boundingBox();
      if (!box || box.width === 0) continue;
      const clip = {
        x: Math.max(0, box.x - 4),
        y: Math.max(0, box.y - 4),
        width: box.width + 8,
        height: box.height + 8,
      };
      const focused = await p.screenshot({ clip });
      await el.evaluate((e) => (e as HTMLElement).blur());
      const blurred = await p.screenshot({ clip });
      await el.evaluate((e) => (e as HTMLElement).focus());
      if (focused.equals(blurred)) invisible.push(await el.evaluate((e) => e.outerHTML.slice(0, 120)));
    }
    expect(invisible, 'Tab stops that look the same focused and not').toEqual([]);
  });

  it('the achievement summary editor shows where the keyboard focus is', async () => {
    const p = await pageOf('tdp5');
    await p.setViewportSize(PHONE);
    await p.goto(`/conferences/${cid}/units/${h.demo.unitIds.get('Tổ dân phố 5')}/nominations/new`);
    const editor = p.getByRole('textbox', { name: 'Tóm tắt thành tích' });
    await editor.waitFor();
    const ring = () =>
      editor.evaluate((el) => {
        const box = el.closest('.mantine-RichTextEditor-content') ?? el;
        const st = getComputedStyle(box);
        return st.outlineStyle !== 'none' && Number.parseFloat(st.outlineWidth) >= 2;
      });
    expect(await ring()).toBe(false);
    await editor.focus();
    expect(await ring()).toBe(true);
  });

  it('ids are unique on the conference overview', async () => {
    const p = await pageOf('thuky');
    await p.setViewportSize(DESKTOP);
    await p.goto(`/conferences/${cid}`);
    await seeText(p, 'Mốc thời gian');
    // Both sections about delegates: the plan's rules and the list's card.
    await p.getByRole('heading', { name: 'Thành phần và số lượng đại biểu' }).waitFor();
    await p.getByRole('heading', { name: 'Đại biểu và đón tiếp' }).waitFor();
    const dupes = await p.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(dupes).toEqual([]);
  });

  it('the skip link is the first Tab stop and moves focus to the main content', async () => {
    const p = await pageOf('thuky');
    await p.setViewportSize(DESKTOP);
    await p.goto(`/conferences/${cid}`);
    await seeText(p, 'Mốc thời gian');
    await p.keyboard.press('Tab');
    const first = await p.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      tag: document.activeElement?.tagName,
    }));
    expect(first).toEqual({ text: 'Bỏ qua đến nội dung chính', tag: 'A' });
    // Visible when focused, not only to screen readers.
    const box = await p.getByRole('link', { name: 'Bỏ qua đến nội dung chính' }).boundingBox();
    expect(box && box.width > 20 && box.height > 10 && box.y >= 0).toBe(true);
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    // The next Tab continues inside the main content, not back in the header.
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('at 390 px the closed menu keeps its links out of the Tab order; opened, they are reachable', async () => {
    const p = await pageOf('tdp5');
    await p.setViewportSize(PHONE);
    await p.goto(`/conferences/${cid}`);
    await seeText(p, 'Mốc thời gian');
    const inMenu = () =>
      p.evaluate(() => {
        const el = document.activeElement;
        return {
          inNav: el?.closest('nav[aria-label="Menu chính"]') != null,
          body: el === document.body,
          label: el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? '',
        };
      });
    const visited: string[] = [];
    for (let i = 0; i < 40; i++) {
      await p.keyboard.press('Tab');
      const at = await inMenu();
      expect(at.inNav, `Tab ${i + 1} landed in the closed menu on “${at.label}”`).toBe(false);
      visited.push(at.label);
    }
    expect(visited.length).toBe(40);
    // Opened by the burger, the menu's links are the next Tab stops.
    await p.getByRole('button', { name: 'Mở/đóng menu' }).click();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await p.keyboard.press('Tab');
      reached = (await inMenu()).inNav;
    }
    expect(reached).toBe(true);
  });
});
