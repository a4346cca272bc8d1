// Browser journeys against the real app: the Fastify server in-process on a fresh in-memory
// database with the Văn Yên demo, serving the built web app (dist/web), driven by Debian's
// Chromium through playwright-core.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/db/client';
import { loadEnv } from '../../src/server/env';
import type { AppInstance } from '../../src/server/http/app-types';
import { seedDemo, seedDemoAll, seedDemoStory } from '../../src/server/seed/seed-demo';
import { DEMO_PASSWORD } from '../../src/server/seed/van-yen';
import { seedDemoLive } from '../../src/server/seed/van-yen-live';
import { openFileStore } from '../../src/server/storage/files';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';
import { createTestDatabase } from '../helpers/test-db';

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export type Harness = {
  baseUrl: string;
  browser: Browser;
  demo: Awaited<ReturnType<typeof seedDemo>>;
  /** A fresh browser context (own cookies) and page; desktop 1280×900 unless told otherwise. */
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
};

/**
 * `history`: also seed the 2020 conference as it concluded (nominations, council meeting, honorees,
 * QĐ…), or `'draft'` stopped while the QĐ was a draft; `live`: the live conference of the next period, dated today; `full`: everything `npm
 * start` seeds (both, with the 2020 preparation and program).
 */
export async function startHarness(
  opts: { history?: boolean | 'draft'; live?: boolean; full?: boolean; env?: Record<string, string> } = {},
): Promise<Harness> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIR}/index.html missing): run npm run build first`);
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH`,
    );
  }
  let database: Database | null = null;
  let app: AppInstance | null = null;
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  const close = async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close().catch(() => {});
    await app?.close().catch(() => {});
    await database?.close().catch(() => {});
  };
  try {
    database = await createTestDatabase();
    const env = loadEnv({ NODE_ENV: 'test', ...opts.env });
    const files = openFileStore({ db: database.db, engine: database.engine, env });
    const demo = opts.full
      ? await seedDemoAll(database.db, files)
      : opts.history
        ? await seedDemoStory(database.db, files, { conclude: opts.history !== 'draft' })
        : await seedDemo(database.db);
    if (opts.live && !opts.full) await seedDemoLive(database.db, demo);
    app = await buildApp({
      db: database.db,
      env,
      engine: database.engine,
      webDir: WEB_DIR,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const b = browser;
    return {
      baseUrl,
      browser: b,
      demo,
      newPage: async (viewport = { width: 1280, height: 900 }) => {
        const context = await b.newContext({ baseURL: baseUrl, viewport, locale: 'vi-VN' });
        contexts.push(context);
        context.setDefaultTimeout(15_000);
        return context.newPage();
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Logs in through the login page and waits for the conference list. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/^Tên đăng nhập/).fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL('**/conferences');
}

/** Waits until `text` is visible somewhere on the page (a string matches as a substring). */
export async function seeText(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).filter({ visible: true }).first().waitFor();
}

/**
 * One harness and one page for a test file: started before its tests, closed after them. The fields
 * are filled when the tests run, so read them inside the tests (`s.h.demo`, `s.page`).
 */
export function harnessForFile(opts: { history?: boolean | 'draft'; live?: boolean; full?: boolean } = {}): {
  h: Harness;
  page: Page;
} {
  const s = {} as { h: Harness; page: Page };
  beforeAll(async () => {
    s.h = await startHarness(opts);
    s.page = await s.h.newPage();
  });
  afterAll(async () => {
    await s.h?.close();
  });
  return s;
}

/** Logs in as `username`, opens the demo conference and follows its link named `link` to `path`. */
export async function openFromConference(
  page: Page,
  h: Harness,
  { username, link, path }: { username: string; link: string; path: string },
): Promise<void> {
  await login(page, username);
  await page.goto(`/conferences/${h.demo.conferenceId}`);
  await page.getByRole('link', { name: link }).click();
  await page.waitForURL(`**/conferences/${h.demo.conferenceId}/${path}`);
}
