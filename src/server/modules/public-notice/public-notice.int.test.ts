import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../tests/helpers/docx';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { addDays } from '../../../shared/rules/tasks';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { PublicCommentListView, PublicNoticeView } from '../../../shared/schemas/publicity';
import { seedDemoLive } from '../../seed/van-yen-live';
import { seedHistoryNotice, seedLiveNotice } from '../../seed/van-yen-notice';
import { type CandidateRow, listCandidates } from './data';
import { type FormKeys, formKeys, formToken } from './form-guard';

type CommentList = PublicCommentListView;

describe('public notice of the candidates (công khai)', () => {
  let t: TestApp;
  let secretary: string;
  let cid: string;
  let api: string;
  let page: string;
  let candidates: CandidateRow[];
  let keys: FormKeys;
  const today = todayInVietnam();

  const notice = async () => (await t.send('GET', api, secretary)).json() as PublicNoticeView | null;
  const comment = (fields: Record<string, string>, ip = '10.0.0.1', token?: string) =>
    t.app.inject({
      method: 'POST',
      url: page,
      remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        token: token ?? formToken(keys, cid, Date.now() - 5_000),
        website: '',
        nominationId: '',
        authorName: '',
        authorContact: '',
        ...fields,
      }).toString(),
    });
  const setPeriod = async (opensOn: string, closesOn: string) => {
    const n = (await notice())!;
    const res = await t.send('PUT', api, secretary, {
      notice: { opensOn, closesOn, publicFields: n.publicFields, howToComment: n.howToComment },
      version: n.version,
    });
    expect(res.statusCode).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const live = await seedDemoLive(t.database.db, t.demo);
    cid = live.conferenceId;
    api = `/api/conferences/${cid}/notice`;
    page = `/cong-khai/${cid}`;
    secretary = await t.login('thuky');
    candidates = await listCandidates(t.database.db, cid);
    keys = formKeys(t.app.deps.env);
  });
  afterAll(() => t.close());

  it('answers null before a notice is written, and the public page is the 404 page', async () => {
    const res = await t.send('GET', api, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toBeNull();
    const pub = await t.send('GET', page);
    expect(pub.statusCode).toBe(404);
    expect(pub.body).toContain('Không tìm thấy trang');
  });

  it('writes a draft (not public), publishes it, refuses a stale version with 409', async () => {
    const created = await t.send('PUT', api, secretary, {
      notice: {
        opensOn: today,
        closesOn: addDays(today, 9),
        publicFields: ['unit'],
        howToComment: 'Gửi về Văn phòng <b>UBND</b>',
      },
      version: 1,
    });
    expect(created.statusCode).toBe(200);
    const draft = created.json() as PublicNoticeView;
    expect(draft.state).toBe('draft');
    expect(draft.publicPath).toBe(page);
    expect((await t.send('GET', page)).statusCode).toBe(404);

    const stale = await t.send('POST', `${api}/publish`, secretary, { version: draft.version + 1 });
    expect(stale.statusCode).toBe(409);
    const published = await t.send('POST', `${api}/publish`, secretary, { version: draft.version });
    expect(published.statusCode).toBe(200);
    expect((published.json() as PublicNoticeView).state).toBe('open');
    expect(candidates.length).toBeGreaterThan(0);
  });

  it('shows the candidates with only the chosen fields, how to comment as text, and the form — no cookie', async () => {
    const res = await t.send('GET', page);
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    for (const c of candidates) expect(res.body).toContain(c.name);
    expect(res.body).toContain(`Đơn vị: ${candidates[0]!.unitName}`);
    expect(res.body).not.toContain('Hình thức đề nghị:');
    expect(res.body).not.toContain('class="summary"');
    // no birth year in what a visitor reads (the page's text, not its ids, token or markup)
    const text = res.body.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ');
    expect(text).not.toMatch(/\b19[5-9]\d\b|Ngày sinh|Năm sinh/);
    expect(res.body).toContain('Gửi về Văn phòng &lt;b&gt;UBND&lt;/b&gt;');
    expect(res.body).toContain('name="website"');
    expect(res.body).toContain('Cả danh sách');
  });

  it('takes a comment on a candidate, shows the thanks, and keeps <script> as text for the council', async () => {
    const target = candidates[0]!;
    const res = await comment({
      nominationId: target.id,
      authorName: 'Người dân <i>TDP 3</i>',
      body: 'Đề nghị xem lại <script>alert(1)</script> thành tích này.',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${page}?da-gui=1`);
    expect(res.headers['set-cookie']).toBeUndefined();
    const thanks = await t.send('GET', res.headers.location as string);
    expect(thanks.body).toContain('Cảm ơn bạn đã gửi ý kiến');
    expect(thanks.body).not.toContain('<script>');

    const member = await t.login('uyvien');
    const list = await t.send('GET', `${api}/comments?nominationId=${target.id}`, member);
    expect(list.statusCode).toBe(200);
    const view = list.json() as CommentList;
    expect(view.permissions.canHandle).toBe(false);
    expect(view.items).toHaveLength(1);
    expect(view.items[0]).toMatchObject({
      candidateName: target.name,
      body: 'Đề nghị xem lại <script>alert(1)</script> thành tích này.',
      status: 'new',
    });
    const other = await t.send('GET', `${api}/comments?nominationId=${candidates[1]!.id}`, member);
    expect((other.json() as CommentList).items).toHaveLength(0);
    // the council member may not handle it
    const refused = await t.send('PUT', `${api}/comments/${view.items[0]!.id}`, member, {
      status: 'noted',
      handling: 'x',
      version: 1,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('records how a comment was handled (versioned), and the count on the notice', async () => {
    const list = (await (await t.send('GET', `${api}/comments`, secretary)).json()) as CommentList;
    const c = list.items[0]!;
    const ok = await t.send('PUT', `${api}/comments/${c.id}`, secretary, {
      status: 'dismissed',
      handling: 'Đã xác minh, thành tích đúng.',
      version: c.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'dismissed', handledByName: 'Trần Thị Hà' });
    const stale = await t.send('PUT', `${api}/comments/${c.id}`, secretary, {
      status: 'noted',
      handling: '',
      version: c.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(await notice()).toMatchObject({ commentCount: 1, newCommentCount: 0 });
  });

  it('refuses the honeypot, a submit under 3 s, a forged token — and keeps the text', async () => {
    const before = (await notice())!.commentCount;
    const bot = await comment(
      { body: 'Nội dung đủ dài để hợp lệ', website: 'http://spam.example' },
      '10.0.1.1',
    );
    expect(bot.statusCode).toBe(400);
    const fast = await comment(
      { body: 'Nội dung đủ dài để hợp lệ' },
      '10.0.1.2',
      formToken(keys, cid, Date.now()),
    );
    expect(fast.statusCode).toBe(400);
    expect(fast.body).toContain('Bạn gửi quá nhanh');
    expect(fast.body).toContain('Nội dung đủ dài để hợp lệ');
    const forged = await comment(
      { body: 'Nội dung đủ dài để hợp lệ' },
      '10.0.1.3',
      `${Date.now() - 5000}.${'A'.repeat(43)}`,
    );
    expect(forged.statusCode).toBe(400);
    const old = await comment(
      { body: 'Nội dung đủ dài để hợp lệ' },
      '10.0.1.4',
      formToken(keys, cid, Date.now() - 25 * 3600_000),
    );
    expect(old.statusCode).toBe(400);
    expect((await notice())!.commentCount).toBe(before);
  });

  it('answers a short text with the field message in Vietnamese and the text kept; refuses a non-candidate', async () => {
    const short = await comment({ body: 'ngắn <b>x' }, '10.0.2.1');
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('Nội dung ý kiến phải có ít nhất 10 ký tự');
    expect(short.body).toContain('ngắn &lt;b&gt;x');
    const stranger = await comment(
      { nominationId: '00000000-0000-4000-8000-000000000000', body: 'Nội dung đủ dài để hợp lệ' },
      '10.0.2.2',
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('Người được góp ý không có trong danh sách công khai');
  });

  it('limits one client to 5 comments in 10 minutes (429 page in Vietnamese)', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await comment({ body: `Ý kiến thứ ${i + 1} về cả danh sách` }, '10.0.3.1')).statusCode).toBe(
        303,
      );
    }
    const sixth = await comment({ body: 'Ý kiến thứ sáu về cả danh sách' }, '10.0.3.1');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.body).toContain('Bạn đã gửi nhiều ý kiến');
    expect((await comment({ body: 'Ý kiến từ một người khác' }, '10.0.3.2')).statusCode).toBe(303);
  });

  it('prints the notice in the TB (address and QR) and the count in the TTr', async () => {
    const tb = await t.send('GET', `/api/conferences/${cid}/documents/notice.docx`, secretary);
    expect(tb.statusCode).toBe(200);
    const text = (await readDocx(tb.rawPayload)).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(`Trang công khai danh sách: http://localhost:80${page}`);
    const zip = await JSZip.loadAsync(tb.rawPayload);
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    const pdf = await t.send('GET', `/api/conferences/${cid}/documents/notice.pdf`, secretary);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ttr = await t.send('GET', `/api/conferences/${cid}/documents/submission.docx`, secretary);
    const ttrText = (await readDocx(ttr.rawPayload)).paragraphs.map((p) => p.text).join('\n');
    expect(ttrText).toMatch(
      /Danh sách đề nghị khen thưởng được niêm yết công khai từ ngày .+ đến ngày .+; nhận được 7 ý kiến/,
    );
  });

  it('shows a closed notice without the form and refuses a comment; a withdrawn one is 404', async () => {
    await setPeriod(addDays(today, -20), addDays(today, -10));
    const closed = await t.send('GET', page);
    expect(closed.statusCode).toBe(200);
    expect(closed.body).toContain('Đã hết thời gian nhận ý kiến');
    expect(closed.body).not.toContain('name="token"');
    expect((await comment({ body: 'Nội dung đủ dài để hợp lệ' }, '10.0.4.1')).statusCode).toBe(409);

    await setPeriod(addDays(today, 2), addDays(today, 9));
    const scheduled = await t.send('GET', page);
    expect(scheduled.body).toContain('Chưa đến thời gian nhận ý kiến');
    expect(scheduled.body).not.toContain('name="token"');

    const n = (await notice())!;
    const out = await t.send('POST', `${api}/withdraw`, secretary, { version: n.version });
    expect(out.statusCode).toBe(200);
    expect((out.json() as PublicNoticeView).state).toBe('withdrawn');
    expect((await t.send('GET', page)).statusCode).toBe(404);
    expect((await comment({ body: 'Nội dung đủ dài để hợp lệ' }, '10.0.4.2')).statusCode).toBe(404);
  });

  it('keeps the staff API to who may: a council member reads, a unit head does not, nobody anonymous', async () => {
    expect((await t.send('GET', api, await t.login('uyvien'))).statusCode).toBe(200);
    expect((await t.send('GET', api, await t.login('tdp5'))).statusCode).toBe(403);
    expect((await t.send('GET', api)).statusCode).toBe(401);
    const n = (await notice())!;
    const member = await t.send('PUT', `${api}/outcome`, await t.login('uyvien'), {
      outcome: 'x',
      version: n.version,
    });
    expect(member.statusCode).toBe(403);
  });
});

describe('the demo notices and the minutes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { history: true });
  });
  afterAll(() => t.close());

  it('the 2020 notice closed without comments: the public page says so, the BB mentions it', async () => {
    const secretary = await t.login('thuky');
    const cid = t.demo.conferenceId;
    const minutesBefore = await t.send('GET', `/api/conferences/${cid}/documents/minutes.docx`, secretary);
    const textBefore = (await readDocx(minutesBefore.rawPayload)).paragraphs.map((p) => p.text).join('\n');
    expect(textBefore).not.toContain('niêm yết công khai');

    await seedHistoryNotice(t.database.db, t.demo.organizationId, cid);
    const page = await t.send('GET', `/cong-khai/${cid}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Đã hết thời gian nhận ý kiến');
    expect(page.body).toContain('20/03/2020');

    const minutes = await t.send('GET', `/api/conferences/${cid}/documents/minutes.docx`, secretary);
    const text = (await readDocx(minutes.rawPayload)).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(
      'Danh sách đề nghị khen thưởng được niêm yết công khai từ ngày 20 tháng 3 năm 2020 đến ngày 26 tháng 3 năm 2020; không nhận được ý kiến nào.',
    );
  });

  it('the live notice is open from today for 10 days with the accepted nominations', async () => {
    const live = await seedDemoLive(t.database.db, t.demo);
    await seedLiveNotice(t.database.db, t.demo.organizationId, live.conferenceId);
    const view = (
      await t.send('GET', `/api/conferences/${live.conferenceId}/notice`, await t.login('thuky'))
    ).json();
    expect(view).toMatchObject({
      state: 'open',
      opensOn: todayInVietnam(),
      closesOn: addDays(todayInVietnam(), 9),
    });
    const page = await t.send('GET', `/cong-khai/${live.conferenceId}`);
    expect(page.body).toContain('Phạm Văn Hòa');
    expect(page.body).toContain('name="token"');
  });
});
