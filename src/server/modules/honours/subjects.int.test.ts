import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegisterDemo } from '../../../../tests/helpers/honours';
import { auditOf, type TestApp } from '../../../../tests/helpers/test-app';

// Identities of the register: the review of likely duplicates, merge (refused on a conflict,
// audited, reversible), split, the discipline flag — on the demo's earlier honours.
let t: TestApp;
let secretary: string;
let member: string;
let tdp5: string;
let org: string;

beforeAll(async () => {
  ({ t, org, secretary, member, tdp5 } = await openRegisterDemo());
});
afterAll(async () => t?.close());

type Subject = { id: string; name: string; birthYear: number | null; unitName: string; version: number };
type Group = { subjects: Subject[]; reason: string };

const duplicates = async (cookie = secretary) => {
  const res = await t.send('GET', `${org}/honour-subjects/duplicates`, cookie);
  expect(res.statusCode).toBe(200);
  return res.json().groups as Group[];
};
const thuHa = async () => {
  const group = (await duplicates()).find((g) => g.subjects[0]!.name === 'Đặng Thị Thu Hà');
  const by = (year: number) => group!.subjects.find((s) => s.birthYear === year)!;
  return { group: group!, keep: by(1979), merge: by(1980) };
};
const merge = (keepId: string, mergeId: string, cookie = secretary) =>
  t.send('POST', `${org}/honour-subjects/merge`, cookie, { keepId, mergeId });
const page = async (id: string) => (await t.send('GET', `${org}/honour-subjects/${id}`, member)).json();
const addHonour = (over: object) =>
  t.send('POST', `${org}/honours`, secretary, {
    kind: 'individual',
    name: 'Ngô Văn Bảo',
    birthYear: 1970,
    gender: 'male',
    formCode: 'LDTT',
    year: 2018,
    decisionNumber: '230/QĐ-UBND',
    decisionDate: '2018-12-19',
    ...over,
  });

describe('likely duplicates', () => {
  it('pairs records of one name the key could not tell apart, with the reason', async () => {
    const { group } = await thuHa();
    expect(group.reason).toBe('Cùng họ tên, năm sinh lệch 1 năm');
    expect(group.subjects.map((s) => s.unitName)).toEqual([
      'Trường Tiểu học Văn Yên',
      'Trường Tiểu học Văn Yên',
    ]);
    // a council member reads the review, a unit head does not
    expect((await duplicates(member)).length).toBeGreaterThan(0);
    expect((await t.send('GET', `${org}/honour-subjects/duplicates`, tdp5)).statusCode).toBe(403);
  });
});

describe('merging two records of one person', () => {
  it('refuses when both have the same form in the same year, showing both honours', async () => {
    const a = (await addHonour({ unitName: 'Tổ dân phố 2' })).json();
    const b = (
      await addHonour({ unitName: 'Tổ dân phố 4', decisionNumber: '232/QĐ-UBND', decisionDate: '2018-12-24' })
    ).json();
    expect(a.subjectId).not.toBe(b.subjectId);
    const res = await merge(a.subjectId, b.subjectId);
    expect(res.statusCode).toBe(422);
    const message = res.json().error.message as string;
    expect(message).toContain('Không gộp được: cả hai đều có cùng hình thức trong cùng năm');
    expect(message).toContain(
      'Ngô Văn Bảo (1970), Tổ dân phố 2: Lao động tiên tiến năm 2018 theo Quyết định 230/QĐ-UBND ngày 19/12/2018',
    );
    expect(message).toContain(
      'Ngô Văn Bảo (1970), Tổ dân phố 4: Lao động tiên tiến năm 2018 theo Quyết định 232/QĐ-UBND ngày 24/12/2018',
    );
    expect((await page(b.subjectId)).subject.mergedIntoId).toBeNull();
  });

  it('merges, audited with before and after, and splits again as it was', async () => {
    const { keep, merge: dup } = await thuHa();
    const before = await page(keep.id);
    expect(before.honours).toHaveLength(8);

    expect((await merge(keep.id, dup.id, member)).statusCode).toBe(403);
    expect((await merge(keep.id, dup.id, tdp5)).statusCode).toBe(403);
    const res = await merge(keep.id, dup.id);
    expect(res.statusCode).toBe(200);
    const merged = res.json();
    expect(merged.subject.id).toBe(keep.id);
    expect(merged.merged.map((s: Subject) => s.id)).toEqual([dup.id]);
    expect(
      merged.honours.map((h: { year: number; formCode: string }) => `${h.year} ${h.formCode}`),
    ).toContain('2016 GK-CN');
    expect(merged.honours).toHaveLength(9);
    // the merged record's page is the kept one's; the lookup names the kept identity
    expect((await page(dup.id)).subject.id).toBe(keep.id);
    const found = (await t.send('GET', `${org}/honours?q=thu%20ha&formCode=GK-CN`, member)).json().items;
    expect(found[0]).toMatchObject({ subjectId: dup.id, rootSubjectId: keep.id });
    expect(await thuHaGone()).toBe(true);
    const [entry] = await auditOf(t, dup.id, secretary);
    expect(entry).toMatchObject({
      action: 'honour_subject.merged',
      actorName: 'Trần Thị Hà',
      before: { mergedIntoId: null },
      after: { mergedIntoId: keep.id },
    });

    // a merged record cannot take another one, nor be merged twice, nor merge into itself
    expect((await merge(dup.id, keep.id)).statusCode).toBe(422);
    const twice = await merge(keep.id, dup.id);
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.message).toBe(
      'Đặng Thị Thu Hà (1980), Trường Tiểu học Văn Yên đã được gộp vào Đặng Thị Thu Hà (1979), Trường Tiểu học Văn Yên',
    );
    const self = await merge(keep.id, keep.id);
    expect(self.json().error).toMatchObject({
      code: 'INVALID_STATE',
      message: 'Không thể gộp một định danh vào chính nó',
    });

    expect((await t.send('POST', `${org}/honour-subjects/${dup.id}/unmerge`, member)).statusCode).toBe(403);
    const split = await t.send('POST', `${org}/honour-subjects/${dup.id}/unmerge`, secretary);
    expect(split.statusCode).toBe(200);
    expect(split.json().merged).toEqual([]);
    expect(split.json().honours).toEqual(before.honours);
    expect((await page(dup.id)).subject).toMatchObject({ id: dup.id, mergedIntoId: null });
    expect((await auditOf(t, dup.id, secretary))[0]).toMatchObject({
      action: 'honour_subject.unmerged',
      before: { mergedIntoId: keep.id },
      after: { mergedIntoId: null },
    });
    expect(await thuHaGone()).toBe(false);
    const again = await t.send('POST', `${org}/honour-subjects/${dup.id}/unmerge`, secretary);
    expect(again.statusCode).toBe(422);
  });

  it('answers 404 for another organizer’s or an unknown identity', async () => {
    const res = await merge('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002');
    expect(res.statusCode).toBe(404);
  });
});

const thuHaGone = async () => !(await duplicates()).some((g) => g.subjects[0]!.name === 'Đặng Thị Thu Hà');

describe('the discipline flag', () => {
  it('is set with the version; a stale edit is 409', async () => {
    const { keep } = await thuHa();
    const current = (await page(keep.id)).subject;
    const put = (version: number, pending: boolean, cookie = secretary) =>
      t.send('PUT', `${org}/honour-subjects/${keep.id}/discipline`, cookie, {
        disciplinePending: pending,
        disciplineNote: 'Đang thanh tra theo Quyết định 12/QĐ-TTr',
        version,
      });
    expect((await put(current.version, true, member)).statusCode).toBe(403);
    const res = await put(current.version, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ disciplinePending: true, version: current.version + 1 });
    const stale = await put(current.version, false);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ disciplinePending: true });
    expect((await auditOf(t, keep.id, secretary))[0]).toMatchObject({
      action: 'honour_subject.discipline',
      after: { disciplinePending: true },
    });
  });
});
