import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setConferenceDay } from '../../../../tests/helpers/delegates';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { closedPaperBallot, meetingWith, SEVEN_MEMBERS } from '../../../../tests/helpers/review';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { vi } from '../../../shared/i18n/vi';
import { auditTextLines, describeAuditEntry } from '../../../shared/rules/audit-text';
import type { AuditEntryView, AuditListView } from '../../../shared/schemas/audit';
import { seedDemoPreparation } from '../../seed/van-yen-preparation';
import { seedDemoProgram } from '../../seed/van-yen-program';

// The audit log in words. The full demo with its 2020 history, then what a clerk does: the unit
// returns … the office returns a nomination with a reason, the unit fixes the summary (rich
// text) and resubmits, the council meets (one member absent) and closes a paper ballot, reception
// checks a delegate in, the office edits a budget line. Every entry of the log, put into the
// words the page shows (shared/rules/audit-text.ts with the names the server resolved), must read
// as Vietnamese: no code, field key, id, HTML or JSON.

let t: TestApp;
let base: string;
let secretary: string;
let orgAudit: string;
const RETURN_REASON = 'Thiếu biên bản họp bình xét của tổ dân phố';
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function ok(res: { statusCode: number; body: string; json: () => unknown }) {
  if (res.statusCode >= 300) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown> & { id: string; version: number };
}

beforeAll(async () => {
  // the clerk's day runs on the 2020 history before its end (the QĐ still a draft)
  ({ t, base, secretary } = await openDemo('', { history: 'draft' }));
  await seedDemoPreparation(t.database.db, t.demo);
  await seedDemoProgram(t.database.db, t.demo);
  orgAudit = `/api/organizations/${t.demo.organizationId}/audit`;
  const tdp5 = await t.login('tdp5');
  await setDeadline(t, secretary, 3);

  // a nomination with a rich-text summary, returned with a reason, fixed and resubmitted, accepted
  const form = t.demo.formIds.get('DHTT-CN')!;
  const unit = t.demo.unitIds.get('Tổ dân phố 5')!;
  let n = await ok(
    await t.send('POST', `${base}/units/${unit}/nominations`, tdp5, {
      ...individual(form, 'Võ Thị Lan'),
      summaryHtml: '<p>Vận động <strong>120 hộ</strong> hiến đất mở đường ngõ xóm.</p>',
    }),
  );
  const act = async (cookie: string, action: string, reason?: string) => {
    n = await ok(
      await t.send('POST', `${base}/nominations/${n.id}/${action}`, cookie, { version: n.version, reason }),
    );
  };
  await act(tdp5, 'submit');
  await act(secretary, 'return', RETURN_REASON);
  n = await ok(
    await t.send('PUT', `${base}/nominations/${n.id}`, tdp5, {
      ...individual(form, 'Võ Thị Lan'),
      summaryHtml:
        '<p>Vận động <strong>135 hộ</strong> hiến đất mở đường ngõ xóm.</p><ul><li>Trồng 300 cây xanh</li></ul>',
      version: n.version,
    }),
  );
  await act(tdp5, 'submit');
  await act(secretary, 'accept');

  // the council: seven present, one marked absent by the office; a paper ballot closed
  const m = await meetingWith(t, SEVEN_MEMBERS);
  const meeting = (await t.send('GET', m.url, secretary)).json();
  const absent = meeting.members.find((x: { present: boolean | null }) => !x.present);
  await ok(
    await t.send('PUT', `${m.url}/attendance`, secretary, { councilMemberId: absent.id, present: false }),
  );
  await closedPaperBallot(t, secretary, m.url, {
    title: 'Phiếu bầu bổ sung điển hình tiên tiến',
    items: [{ nominationId: n.id }],
    counts: [{ agree: 6, disagree: 1 }],
  });

  // reception checks a delegate in on the conference day
  await setConferenceDay(t, secretary, 0);
  const reception = await t.login('letan');
  const [delegate, wrongOne] = (await t.send('GET', `${base}/delegates`, secretary)).json().items;
  await ok(await t.send('POST', `${base}/checkins`, reception, { delegateId: delegate.id }));
  // … taps the wrong person, then takes it back (Hoàn tác)
  await ok(await t.send('POST', `${base}/checkins`, reception, { delegateId: wrongOne.id }));
  await ok(await t.send('DELETE', `${base}/checkins/${wrongOne.id}`, reception));

  // the office edits a budget line (money)
  const line = (await t.send('GET', `${base}/budget`, secretary)).json().lines[0];
  await ok(
    await t.send('PUT', `${base}/budget/lines/${line.id}`, secretary, {
      ...line,
      unitPrice: line.unitPrice + 1500,
      version: line.version,
    }),
  );

  // the office edits the plan, moves a quota, updates a task, reorders and runs the agenda,
  // records an RSVP and finalizes the delegate list; the unit writes its report and sends it
  const conf = (await t.send('GET', base, secretary)).json();
  const rules = conf.plan.delegateRules;
  await ok(
    await t.send('PUT', `${base}/plan`, secretary, {
      plan: {
        ...conf.plan,
        delegateRules: { ...rules, cap: rules.cap + 20 },
        purposes: [...conf.plan.purposes, 'Tôn vinh người tốt việc tốt'],
      },
      version: conf.version,
    }),
  );
  await ok(
    await t.send('POST', `${base}/quotas/transfer`, secretary, {
      awardFormId: form,
      fromUnitId: t.demo.unitIds.get('Tổ dân phố 1'),
      toUnitId: unit,
      count: 1,
      reason: 'Tổ dân phố 1 không dùng hết chỉ tiêu',
    }),
  );
  // the concluded demo has every task done: the clerk reopens one
  const task = (await t.send('GET', `${base}/tasks`, secretary))
    .json()
    .items.find((x: { status: string }) => x.status === 'done');
  await ok(
    await t.send('PUT', `${base}/tasks/${task.id}/status`, secretary, {
      status: 'in_progress',
      version: task.version,
    }),
  );
  const program = (await t.send('GET', `${base}/program`, secretary)).json();
  const ids = program.items.map((i: { id: string }) => i.id);
  await ok(
    await t.send('PUT', `${base}/program/order`, secretary, {
      ids: [ids[1], ids[0], ...ids.slice(2)],
      version: program.session.version,
    }),
  );
  await ok(await t.send('POST', `${base}/program/run`, secretary, { action: 'start', fromItemId: null }));
  const guest = (await t.send('GET', `${base}/delegates`, secretary)).json().items[1];
  await ok(
    await t.send('PUT', `${base}/delegates/${guest.id}/rsvp`, secretary, {
      rsvpStatus: 'substitute',
      substituteName: 'Nguyễn Thị Mai',
      version: guest.version,
    }),
  );
  const finalize = await t.send('POST', `${base}/delegates/finalize`, secretary, {});
  if (finalize.statusCode !== 200)
    await ok(
      await t.send('POST', `${base}/delegates/finalize`, await t.login('chutich'), {
        overrideReason: 'Đã đủ đại diện các đơn vị',
      }),
    );
  const sections = {
    movements: '<p>Phong trào <em>xây dựng đô thị văn minh</em></p>',
    commendations: '',
    leadership: '',
    shortcomings: '',
    lessons: '',
    directions: '',
  };
  const report = await ok(
    await t.send('PUT', `${base}/units/${unit}/report`, tdp5, {
      sections,
      numbers: {
        commendations: [{ year: 2019, formName: 'Giấy khen', collectives: 1, individuals: 3 }],
        directWorkerSharePercent: 72,
      },
      version: 0,
    }),
  );
  await ok(await t.send('POST', `${base}/units/${unit}/report/submit`, tdp5, { version: report.version }));
}, 300_000);
afterAll(async () => t?.close());

/** Every entry of the organization's log, newest first, with the names of its page. */
async function wholeLog(
  query = '',
  from: { t: TestApp; secretary: string } = { t, secretary },
): Promise<{ entry: AuditEntryView; names: AuditListView['names'] }[]> {
  const out: { entry: AuditEntryView; names: AuditListView['names'] }[] = [];
  const url = `/api/organizations/${from.t.demo.organizationId}/audit`;
  let before = '';
  for (;;) {
    const res = await from.t.send('GET', `${url}?limit=500${query}${before}`, from.secretary);
    expect(res.statusCode).toBe(200);
    const page = res.json() as AuditListView;
    out.push(...page.items.map((entry) => ({ entry, names: page.names })));
    if (page.items.length < 500) return out;
    before = `&beforeId=${page.items.at(-1)!.id}`;
  }
}

/** Every code the words replace (statuses, kinds, roles …): none may be shown as such. */
const CODES = new Set(
  [
    vi.nom.status,
    vi.nom.kind,
    vi.nom.gender,
    vi.nom.occupationGroup,
    vi.nom.appliesTo,
    vi.nom.milestoneKind,
    vi.unitType,
    vi.role,
    vi.orgLevel,
    vi.agendaKind,
    vi.delegateAttribute,
    vi.rev.mode,
    vi.rev.meetingStatus,
    vi.rev.ballotStatus,
    vi.rev.position,
    vi.del.rsvp,
    vi.prep.status,
    vi.prep.budget.groups,
    ...Object.values(vi.audit.values),
  ].flatMap((words) => Object.keys(words)),
);
const FALLBACKS = [vi.audit.otherField, vi.audit.otherValue, vi.audit.otherAction, vi.audit.otherType];

/** A login name is what its owner typed, whatever it looks like. */
const USERNAME_LINE = `${vi.audit.fields.username}: `;

/** What in a shown text would not read as Vietnamese words. */
function rawProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i.test(text)) problems.push('id');
  if (/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(text)) problems.push('HTML');
  if (/[{}]|"\w+"\s*:|\[\s*["{]/.test(text)) problems.push('JSON');
  for (const token of text.split(/[^A-Za-z0-9_]+/)) {
    if (/^[a-z]+[A-Z]\w*$/.test(token)) problems.push(`camelCase ${token}`);
    if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(token)) problems.push(`snake_case ${token}`);
    if (CODES.has(token) && !text.startsWith(USERNAME_LINE)) problems.push(`code ${token}`);
  }
  for (const f of FALLBACKS) if (text.includes(f)) problems.push(`fallback ${f}`);
  return problems;
}

const shown = (e: AuditEntryView, names: AuditListView['names']) => {
  const text = describeAuditEntry(e, names, vi);
  return { text, strings: [text.action, text.objectType, text.subject, ...auditTextLines(text, vi)] };
};

describe('the audit log in words', () => {
  it('reads every entry of the concluded 2020 demo as Vietnamese', async () => {
    const demo = await openDemo('', { history: true });
    try {
      const log = await wholeLog('', { t: demo.t, secretary: demo.secretary });
      expect(log.length).toBeGreaterThan(200);
      expect(wordProblems(log)).toEqual([]);
    } finally {
      await demo.t.close();
    }
  });

  it('reads every entry of the demo and of a clerk’s day as Vietnamese', async () => {
    const log = await wholeLog();
    expect(log.length).toBeGreaterThan(300);
    expect(wordProblems(log)).toEqual([]);
    // every kind of action seen here has its own wording
    const actions = new Set(log.map((l) => l.entry.action));
    expect(actions.size).toBeGreaterThan(25);
  });
});

function wordProblems(log: { entry: AuditEntryView; names: AuditListView['names'] }[]): string[] {
  const bad: string[] = [];
  for (const { entry, names } of log) {
    const { strings } = shown(entry, names);
    for (const s of strings) {
      const problems = rawProblems(s);
      if (problems.length) bad.push(`${entry.action}: ${problems.join(', ')} in “${s}”`);
    }
  }
  return bad;
}

describe('the audit log in words, entry by entry', () => {
  it('tells the return, the resubmission, the ballot, the attendance and the check-in in words', async () => {
    const log = await wholeLog();
    const find = (action: string, pred: (s: string) => boolean = () => true) =>
      log
        .map((l) => shown(l.entry, l.names))
        .find((x) => x.text.action === action && pred(x.strings.join('\n')));
    const returned = find('Trả lại hồ sơ đề nghị')!;
    expect(returned.text.subject).toBe('Võ Thị Lan');
    expect(returned.strings).toContain('Trạng thái: Đã gửi → Bị trả lại');
    expect(returned.strings).toContain(`Lý do trả lại: (trống) → ${RETURN_REASON}`);
    expect(find('Gửi lại hồ sơ đề nghị')!.strings).toContain('Trạng thái: Bị trả lại → Đã gửi lại');

    const edited = find('Sửa hồ sơ đề nghị', (s) => s.includes('Tóm tắt thành tích'))!;
    const summary = edited.strings.find((s) => s.startsWith('Tóm tắt thành tích'))!;
    expect(summary).toContain('120 hộ');
    expect(summary).toContain('135 hộ');
    expect(summary).toContain('Trồng 300 cây xanh');

    const closed = find('Đóng phiên bỏ phiếu', (s) => s.includes('Võ Thị Lan'))!;
    expect(closed.text.subject).toBe('Phiếu bầu bổ sung điển hình tiên tiến');
    expect(closed.strings).toContain('Kết quả › Võ Thị Lan: 6 đồng ý, 1 không đồng ý — Đạt');
    expect(find('Mở phiên bỏ phiếu')!.strings.join('\n')).toMatch(
      /Thành viên được bỏ phiếu: .*Lê Đình Thắng/,
    );
    expect(find('Nhập kết quả kiểm phiếu')!.strings).toContain('Số phiếu phát ra: 7');

    const present = find('Ghi nhận thành viên Hội đồng có mặt')!;
    expect(present.strings).toContain('Điểm danh: Có mặt');
    expect(find('Ghi nhận thành viên Hội đồng vắng mặt')!.strings).toContain('Điểm danh: Vắng mặt');

    const checkin = find('Ghi nhận đại biểu có mặt')!;
    expect(checkin.text.objectType).toBe('Đại biểu');
    expect(checkin.strings).toContain('Cách đón: Tìm theo tên');
    expect(checkin.strings.join('\n')).toMatch(/Thời điểm: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    const undone = find('Hoàn tác lượt đón đại biểu (bấm nhầm người)')!;
    expect(undone.text.objectType).toBe('Đại biểu');
    expect(undone.strings.join('\n')).toContain('Cách đón: Tìm theo tên');

    const money = find('Sửa dòng dự trù kinh phí')!;
    expect(money.strings.join('\n')).toMatch(/Đơn giá: [\d.]+ đ → [\d.]+ đ/);
  });
  it('tells the plan, quota, task, agenda, RSVP and report changes in words', async () => {
    const log = (await wholeLog()).map((l) => shown(l.entry, l.names));
    const linesOf = (action: string) => log.find((x) => x.text.action === action)?.strings.slice(3) ?? [];
    expect(linesOf('Sửa kế hoạch hội nghị')).toContain('Thành phần đại biểu › Số đại biểu tối đa: 100 → 120');
    expect(linesOf('Chuyển chỉ tiêu giữa hai đơn vị')).toEqual(
      expect.arrayContaining(['Đơn vị chuyển chỉ tiêu: Tổ dân phố 1', 'Đơn vị nhận chỉ tiêu: Tổ dân phố 5']),
    );
    expect(linesOf('Cập nhật trạng thái công việc')).toContain('Trạng thái: Đã xong → Đang làm');
    expect(linesOf('Ghi nhận xác nhận tham dự')).toContain('Xác nhận tham dự: Chưa gửi → Cử người dự thay');
    expect(linesOf('Sắp xếp lại thứ tự chương trình').join('\n')).toMatch(/: vị trí 2 → vị trí 1/);
    expect(linesOf('Bắt đầu điều hành hội nghị').join('\n')).toMatch(/^Mục đang diễn ra: \(trống\) → /m);
    expect(linesOf('Soạn báo cáo đơn vị')).toContain(
      'Nội dung báo cáo › Kết quả các phong trào thi đua: Phong trào xây dựng đô thị văn minh',
    );
    expect(linesOf('Gửi báo cáo đơn vị')).toEqual(['Trạng thái: Bản nháp → Đã gửi']);
  });
});

describe('filters and export', () => {
  it('filters by person, day and object type', async () => {
    const thuky = (await t.send('GET', `${orgAudit}/actors`, secretary))
      .json()
      .items.find((a: { name: string }) => a.name === 'Trần Thị Hà');
    expect(thuky).toBeDefined();
    const q = `&actorUserId=${thuky.userId}&entityType=nomination&from=${today()}&to=${today()}`;
    const log = await wholeLog(q);
    expect(log.length).toBeGreaterThan(0);
    expect(
      log.every((l) => l.entry.actorUserId === thuky.userId && l.entry.entityType === 'nomination'),
    ).toBe(true);
    expect(log.map((l) => shown(l.entry, l.names).text.action)).toContain('Trả lại hồ sơ đề nghị');
    expect(await wholeLog('&from=2019-01-01&to=2019-12-31')).toEqual([]);
    const backwards = await t.send('GET', `${orgAudit}?from=2020-03-02&to=2020-03-01`, secretary);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields.to).toBe('Đến ngày phải cùng hoặc sau Từ ngày');
  });

  it('exports the filtered rows to XLSX in Vietnamese', async () => {
    const thuky = (await t.send('GET', `${orgAudit}/actors`, secretary))
      .json()
      .items.find((a: { name: string }) => a.name === 'Trần Thị Hà');
    const q = `actorUserId=${thuky.userId}&entityType=nomination&from=${today()}&to=${today()}`;
    const expected = await wholeLog(`&${q}`);
    const res = await t.send('GET', `${orgAudit}/export.xlsx?${q}`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('Nhat-ky-thay-doi.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows[0]![0]).toContain('Nhật ký thay đổi — UBND phường Văn Yên');
    expect(rows[0]![0]).toContain('Người thực hiện: Trần Thị Hà');
    expect(rows[1]).toEqual(['STT', 'Thời gian', 'Người thực hiện', 'Thao tác', 'Đối tượng', 'Nội dung']);
    const data = rows.slice(2);
    expect(data).toHaveLength(expected.length);
    expect(data.every((r) => r[2] === 'Trần Thị Hà' && r[4]!.startsWith('Hồ sơ đề nghị vinh danh'))).toBe(
      true,
    );
    const returned = data.find((r) => r[3] === 'Trả lại hồ sơ đề nghị')!;
    expect(returned[4]).toBe('Hồ sơ đề nghị vinh danh: Võ Thị Lan');
    expect(returned[5]).toContain(RETURN_REASON);
    for (const r of data) expect(rawProblems(r.slice(3).join('\n'))).toEqual([]);
  });

  it('is for those who may read the log', async () => {
    const tdp5 = await t.login('tdp5');
    expect((await t.send('GET', `${orgAudit}/actors`, tdp5)).statusCode).toBe(403);
    expect((await t.send('GET', `${orgAudit}/export.xlsx`, tdp5)).statusCode).toBe(403);
    expect((await t.send('GET', `${orgAudit}/export.xlsx`)).statusCode).toBe(401);
  });
});
