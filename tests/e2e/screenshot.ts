// Screenshots for the README: `npm run build:web && npx tsx tests/e2e/screenshot.ts`.
// Writes docs/screenshot.png (conference overview, desktop 1280 px wide) and
// docs/screenshot-phone.png (the same page on a 390 px phone, as the unit head sees it).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { login, startHarness } from './harness';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs');
mkdirSync(docs, { recursive: true });

const h = await startHarness();
try {
  const desktop = await h.newPage({ width: 1280, height: 1100 });
  await login(desktop, 'thuky');
  // One real edit so the history panel has something to show: the first council meeting is done.
  const detail = await (await desktop.request.get(`/api/conferences/${h.demo.conferenceId}`)).json();
  const first = detail.milestones[0];
  await desktop.request.put(`/api/conferences/${h.demo.conferenceId}/milestones/${first.id}`, {
    data: {
      startDate: first.startDate,
      endDate: first.endDate,
      title: first.title,
      responsible: first.responsible,
      done: true,
      version: first.version,
    },
  });
  await desktop.goto(`/conferences/${h.demo.conferenceId}`);
  await desktop.getByTestId('history-panel').waitFor();
  await desktop.screenshot({ path: resolve(docs, 'screenshot.png') });

  const phone = await h.newPage({ width: 390, height: 844 });
  await login(phone, 'tdp5');
  await phone.goto(`/conferences/${h.demo.conferenceId}`);
  await phone.getByText('Mốc thời gian').first().waitFor();
  await phone.screenshot({ path: resolve(docs, 'screenshot-phone.png') });
  console.log(`wrote ${docs}/screenshot.png and screenshot-phone.png`);
} finally {
  await h.close();
}
