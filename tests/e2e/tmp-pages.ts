import { login, startHarness } from './harness';

const h = await startHarness();
try {
  const p = await h.newPage({ width: 1280, height: 1000 });
  p.on('pageerror', (e) => console.log('pageerror:', e.message));
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      console.log('console:', m.type(), m.text().slice(0, 600));
  });
  await login(p, 'thuky');
  await p.goto(`/conferences/${h.demo.conferenceId}/plan`);
  await p.waitForTimeout(1500);
  const H = await p.evaluate(() => document.documentElement.scrollHeight);
  console.log('height', H);
  for (const [i, y] of [0, 2400, 4800, 7200].entries()) {
    if (y < H)
      await p.screenshot({
        path: `/tmp/plan${i}.png`,
        fullPage: true,
        clip: { x: 0, y, width: 1280, height: Math.min(2400, H - y) },
      });
  }
  await p.getByLabel('Tỷ lệ (%) — Đại biểu khách mời').fill('25');
  await p.getByTestId('shares-error').scrollIntoViewIfNeeded();
  await p.waitForTimeout(300);
  await p.screenshot({ path: '/tmp/plan-live.png' });
  const m = await h.newPage({ width: 390, height: 844 });
  await login(m, 'thuky');
  await m.goto(`/conferences/${h.demo.conferenceId}/plan`);
  await m.waitForTimeout(1500);
  await m.getByLabel('Tỷ lệ (%) — Đại biểu khách mời').scrollIntoViewIfNeeded();
  await m.screenshot({ path: '/tmp/plan-mobile.png' });
  console.log('mobile overflow', await m.evaluate(() => document.documentElement.scrollWidth));
} finally {
  await h.close();
}
