// Screenshots of the nominations pages at 390 px and 1280 px, for review:
// `npm run build:web && npx tsx tests/e2e/nominations-screenshots.ts [outDir]` (default /tmp/vd-shots).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { tinyPng } from '../helpers/files';
import { fillTemplate, personRow } from '../helpers/xlsx';
import { login, startHarness } from './harness';

const out = resolve(process.argv[2] ?? '/tmp/vd-shots');
mkdirSync(out, { recursive: true });
const FORM = 'Điển hình tiên tiến được biểu dương (cá nhân)';

const h = await startHarness();
try {
  const cid = h.demo.conferenceId;
  const office = await h.newPage({ width: 1280, height: 1000 });
  await login(office, 'thuky');
  const detail = await (await office.request.get(`/api/conferences/${cid}`)).json();
  const m = detail.milestones.find((x: { kind: string }) => x.kind === 'submission_deadline');
  const day = new Date(Date.now() + 7 * 3600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
  await office.request.put(`/api/conferences/${cid}/milestones/${m.id}`, {
    data: { ...m, startDate: day, id: undefined, state: undefined, sortOrder: undefined },
  });

  const phone = await h.newPage({ width: 390, height: 844 });
  await login(phone, 'tdp5');
  const me = await (await phone.request.get('/api/auth/me')).json();
  const unitId = me.user.memberships[0].unitId as string;
  const tpl = await phone.request.get(`/api/conferences/${cid}/units/${unitId}/nominations/template.xlsx`);
  const filled = await fillTemplate(Buffer.from(await tpl.body()), [
    personRow(FORM, 'Nguyễn Thị Hường'),
    personRow(FORM, 'Trần Văn Bình', { gender: 'Nam', birthYear: 1958 }),
    personRow(FORM, 'Lê Thị Mai'),
  ]);
  await phone.request.post(`/api/conferences/${cid}/units/${unitId}/nominations/import`, {
    multipart: {
      file: {
        name: 'ds.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: filled,
      },
    },
  });
  const list = await (await phone.request.get(`/api/conferences/${cid}/nominations`)).json();
  const first = list.items[0];
  await phone.request.post(`/api/conferences/${cid}/nominations/${first.id}/attachments`, {
    multipart: { file: { name: 'anh-chan-dung.png', mimeType: 'image/png', buffer: tinyPng() } },
  });
  for (const n of list.items.slice(0, 2))
    await phone.request.post(`/api/conferences/${cid}/nominations/${n.id}/submit`, {
      data: { version: n.version },
    });
  const sent = await (await office.request.get(`/api/conferences/${cid}/nominations/${first.id}`)).json();
  await office.request.post(`/api/conferences/${cid}/nominations/${first.id}/return`, {
    data: { version: sent.version, reason: 'Bổ sung số liệu cụ thể về kết quả vận động.' },
  });

  const shot = async (p: Page, path: string, name: string, wait: string, fullPage = true) => {
    await p.goto(path);
    await p.getByText(wait).filter({ visible: true }).first().waitFor();
    await p.waitForTimeout(300);
    await p.screenshot({ path: resolve(out, `${name}.png`), fullPage });
  };
  await shot(phone, `/conferences/${cid}`, 'phone-overview', 'Đề nghị vinh danh', false);
  await shot(phone, `/conferences/${cid}/units/${unitId}`, 'phone-unit', 'Chỉ tiêu của đơn vị');
  await shot(phone, `/conferences/${cid}/nominations/${first.id}`, 'phone-detail', 'Tệp đính kèm');
  await shot(phone, `/conferences/${cid}/nominations/${first.id}/edit`, 'phone-edit', 'Tóm tắt thành tích');
  await shot(phone, `/conferences/${cid}/units/${unitId}/nominations/new`, 'phone-new', 'Tóm tắt thành tích');
  await shot(phone, `/conferences/${cid}/units/${unitId}/import`, 'phone-import', 'Bước 3');
  await shot(phone, `/conferences/${cid}/units/${unitId}/report`, 'phone-report', 'Bài học kinh nghiệm');
  await shot(office, `/conferences/${cid}/nominations`, 'desk-list', 'Thống kê theo bộ lọc');
  await shot(office, `/conferences/${cid}/submissions`, 'desk-submissions', 'Tổ dân phố 5');
  await shot(office, `/conferences/${cid}/quotas`, 'desk-quotas', 'Tổ dân phố 5');
  await shot(office, `/conferences/${cid}/award-forms`, 'desk-forms', 'Lao động tiên tiến');
  await shot(office, `/conferences/${cid}/nominations/${first.id}`, 'desk-detail', 'Tệp đính kèm');
  await shot(office, `/conferences/${cid}/units/${unitId}`, 'desk-unit', 'Chỉ tiêu của đơn vị');
  const officePhone = await h.newPage({ width: 390, height: 844 });
  await login(officePhone, 'thuky');
  await shot(officePhone, `/conferences/${cid}/nominations`, 'phone-office-list', 'Thống kê theo bộ lọc');
  await shot(officePhone, `/conferences/${cid}/submissions`, 'phone-office-submissions', 'Tổ dân phố 5');
  await shot(officePhone, `/conferences/${cid}/quotas`, 'phone-office-quotas', 'Tổ dân phố 5');
  const member = await h.newPage({ width: 1280, height: 1000 });
  await login(member, 'uyvien');
  await shot(member, `/conferences/${cid}/nominations`, 'member-list', 'Thống kê theo bộ lọc');
  await shot(member, `/conferences/${cid}/quotas`, 'member-quotas', 'Tổ dân phố 5');
  await shot(member, `/conferences/${cid}/nominations/${first.id}`, 'member-detail', 'Tệp đính kèm');
  await shot(member, `/conferences/${cid}/units/${unitId}/report`, 'member-report', 'Báo cáo đánh giá');
  console.log(`wrote screenshots to ${out}`);
} finally {
  await h.close();
}
