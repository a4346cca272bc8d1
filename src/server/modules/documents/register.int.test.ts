import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../tests/helpers/docx';
import { pdfPagesText } from '../../../../tests/helpers/pdf';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { FROZEN_MESSAGE, type RegisterEntry } from '../../../shared/schemas/document-register';
import { auditLog } from '../../db/schema/index';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('/register'));
});
afterAll(async () => t?.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const post = (url: string, payload: object, cookie = secretary) => t.send('POST', url, cookie, payload);
const get = (url: string, cookie = secretary) => t.send('GET', url, cookie);
const issuePlan = (signedAt: string, cookie = secretary) =>
  post(`${base}/issue`, { kind: 'plan', signerName: 'Lê Đình Thắng', signedAt }, cookie);

describe('Sổ văn bản: issuing', () => {
  let first: RegisterEntry;

  it('refuses a unit head and a council member; they may still read the register', async () => {
    for (const who of ['tdp5', 'uyvien']) {
      const cookie = await t.login(who);
      const res = await issuePlan('2020-03-18T10:00:00+07:00', cookie);
      expect(res.statusCode, who).toBe(403);
      expect((await get(base, cookie)).json().canIssue, who).toBe(false);
    }
    expect((await get(base)).json()).toEqual({ items: [], canIssue: true });
  });

  it('gives a missing signer a 400 naming the field', async () => {
    const res = await post(`${base}/issue`, { kind: 'plan', signedAt: '2020-03-18T10:00:00+07:00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.signerName).toMatch(/Họ tên người ký/);
  });

  it('numbers the KH 01, prints the number and date, stores the files under their hash, audits', async () => {
    const res = await issuePlan('2020-03-18T10:08:42+07:00');
    expect(res.statusCode, res.body).toBe(201);
    first = res.json();
    expect(first).toMatchObject({
      status: 'issued',
      type: 'KH',
      number: 1,
      year: 2020,
      numberLine: 'Số: 01/KH-UBND',
      documentDate: '2020-03-18',
      signerName: 'Lê Đình Thắng',
      issuedByName: 'Trần Thị Hà',
      version: 1,
    });
    const pdf = await get(`${base}/${first.id}/file.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(sha256(pdf.rawPayload)).toBe(first.pdfSha256);
    const pdfText = flat((await pdfPagesText(pdf.rawPayload)).join('\n'));
    expect(pdfText).toContain('Số: 01/KH-UBND');
    expect(pdfText).toContain('Văn Yên, ngày 18 tháng 3 năm 2020');
    const docx = await get(`${base}/${first.id}/file.docx`);
    expect(sha256(docx.rawPayload)).toBe(first.docxSha256);
    const docxText = flat((await readDocx(docx.rawPayload)).paragraphs.map((p) => p.text).join('\n'));
    expect(docxText).toContain('Số: 01/KH-UBND');
    expect(docxText).toContain('ngày 18 tháng 3 năm 2020');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, first.id), eq(auditLog.action, 'document.issue')));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ numberLine: 'Số: 01/KH-UBND', pdfSha256: first.pdfSha256 });
  });

  it('freezes an issued document: no second issue, no edit, not even in the database', async () => {
    const again = await post(`${base}/${first.id}/issue`, {
      signerName: 'Người khác',
      signedAt: '2020-03-19T08:00:00+07:00',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.message).toContain(FROZEN_MESSAGE);
    const edit = await t.send('PUT', `${base}/${first.id}`, secretary, {
      signerName: 'Người khác',
      signedAt: null,
      rowVersion: first.rowVersion,
    });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.message).toContain(FROZEN_MESSAGE);
    const err = await t.database.db
      .execute(sql`UPDATE issued_documents SET signer_name = 'x' WHERE id = ${first.id}`)
      .then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
    expect(err?.cause?.message ?? err?.message).toMatch(/frozen/);
    const list = (await get(base)).json().items as RegisterEntry[];
    expect(list.find((e) => e.id === first.id)?.signerName).toBe('Lê Đình Thắng');
  });

  it('numbers 2, 3 in order, and two issues at the same instant get distinct consecutive numbers', async () => {
    expect((await issuePlan('2020-03-19T08:00:00+07:00')).json().number).toBe(2);
    expect((await issuePlan('2020-03-19T09:00:00+07:00')).json().number).toBe(3);
    const both = await Promise.all([
      issuePlan('2020-03-20T08:00:00+07:00'),
      issuePlan('2020-03-20T08:00:00+07:00'),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both.map((r) => r.json().number).sort()).toEqual([4, 5]);
    const numbers = ((await get(`${base}?year=2020&type=KH`)).json().items as RegisterEntry[])
      .map((e) => e.number)
      .sort((a, b) => a! - b!);
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    // a new year starts again at 01
    const next = (await issuePlan('2021-01-04T08:00:00+07:00')).json();
    expect(next).toMatchObject({ year: 2021, number: 1, numberLine: 'Số: 01/KH-UBND' });
    expect((await get(`${base}?year=2021`)).json().items).toHaveLength(1);
    const org = await get(`/api/organizations/${t.demo.organizationId}/register?year=2020&type=KH`);
    expect(org.json().items).toHaveLength(5);
  });

  it('a new version cites the old, is a draft that takes edits, and gets the next number when issued', async () => {
    const created = await post(`${base}/${first.id}/new-version`, {});
    expect(created.statusCode, created.body).toBe(201);
    const draft: RegisterEntry = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      version: 2,
      previousId: first.id,
      previousNumberLine: 'Số: 01/KH-UBND',
      number: null,
      numberLine: null,
    });
    expect((await post(`${base}/${first.id}/new-version`, {})).statusCode).toBe(409);
    const stale = await t.send('PUT', `${base}/${draft.id}`, secretary, {
      signerName: 'Lê Đình Thắng',
      signedAt: null,
      rowVersion: draft.rowVersion + 1,
    });
    expect(stale.statusCode).toBe(409);
    const edited = await t.send('PUT', `${base}/${draft.id}`, secretary, {
      signerName: 'Nguyễn Văn Phó',
      signedAt: null,
      rowVersion: draft.rowVersion,
    });
    expect(edited.statusCode).toBe(200);
    expect((await get(`${base}/${draft.id}/file.pdf`)).statusCode).toBe(422);
    const issued = await post(`${base}/${draft.id}/issue`, {
      signerName: 'Nguyễn Văn Phó',
      signedAt: '2020-03-25T08:00:00+07:00',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', number: 6, version: 2, previousId: first.id });
    const list = (await get(base)).json().items as RegisterEntry[];
    expect(list.find((e) => e.id === first.id)?.nextId).toBe(draft.id);
    const pdf = await get(`${base}/${draft.id}/file.pdf`);
    const text = flat((await pdfPagesText(pdf.rawPayload)).join('\n'));
    expect(text).toContain('Số: 06/KH-UBND');
    expect(text).toContain('Nguyễn Văn Phó');
  });

  it('refuses to serve stored bytes that no longer match the recorded hash', async () => {
    const sha = first.pdfSha256!;
    const forged = Buffer.from('%PDF-1.7 forged');
    if (t.database.engine === 'postgres') {
      // the shared file store of several instances is the database (storage/files.ts)
      await t.database.db.execute(sql`UPDATE stored_files SET bytes = ${forged} WHERE sha256 = ${sha}`);
    } else {
      writeFileSync(join(t.app.deps.env.DATA_DIR, 'files', sha.slice(0, 2), sha), forged);
    }
    expect((await get(`${base}/${first.id}/file.pdf`)).statusCode).toBe(500);
  });

  it('answers 404 for an unknown document', async () => {
    expect((await get(`${base}/00000000-0000-4000-8000-000000000000/file.pdf`)).statusCode).toBe(404);
  });
});
