import type { TestApp } from './test-app';

/** A valid individual nominee, as a unit head would enter it. */
export function individual(awardFormId: string, fullName: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'individual',
    awardFormId,
    individual: {
      fullName,
      gender: 'female',
      birthYear: 1970,
      ethnicity: 'Kinh',
      position: 'Tổ trưởng tổ phụ nữ',
      occupationGroup: 'direct_producer',
      field: 'Xây dựng đô thị văn minh',
      phone: '',
      ...extra,
    },
    summaryHtml: '<p>Tích cực vận động nhân dân tham gia xây dựng đô thị văn minh.</p>',
    unitReview: { meetingDate: '2020-03-19', membersPresent: 9, votesFor: 9, votesTotal: 9 },
  };
}

/**
 * Moves the demo's milestone of `kind` to a day relative to today (Vietnam time), as the secretary;
 * a milestone moved is not done (the 2020 history has them all marked done).
 */
export async function setMilestoneDay(
  t: TestApp,
  secretaryCookie: string,
  kind: string,
  daysFromToday: number,
) {
  const url = `/api/conferences/${t.demo.conferenceId}`;
  const c = (await t.app.inject({ url, headers: { cookie: secretaryCookie } })).json();
  const m = c.milestones.find((x: { kind: string }) => x.kind === kind);
  const day = new Date(Date.now() + 7 * 3600_000 + daysFromToday * 86_400_000).toISOString().slice(0, 10);
  const res = await t.app.inject({
    method: 'PUT',
    url: `${url}/milestones/${m.id}`,
    headers: { cookie: secretaryCookie },
    payload: { ...m, startDate: day, endDate: null, done: false, version: m.version },
  });
  if (res.statusCode !== 200) throw new Error(`set ${kind}: ${res.statusCode} ${res.body}`);
  return day;
}

/** Moves the demo's submission deadline (23/3/2020) to a day relative to today, as the secretary. */
export const setDeadline = (t: TestApp, secretaryCookie: string, daysFromToday: number) =>
  setMilestoneDay(t, secretaryCookie, 'submission_deadline', daysFromToday);

/** A multipart/form-data body with one file, as a browser sends it. */
export function multipartFile(fileName: string, bytes: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----vinhdanh${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
