import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { delegateDesk, newOrganizer, type Organizer, planTemplate } from './organizers.fixtures.int';

// Issue 16, done when (the third organizer; the province and the company are in
// three-organizers.int.test.ts): a school with a small cap (30), exact counts at two levels
// (Học sinh giỏi 6 = Khối 10 2 + Khối 11 2 + Khối 12 2) and a delegation with a part on its own
// attribute "Đoàn viên ưu tú".
let t: TestApp;
let school: Organizer;
let template: Record<string, unknown>;
let confId: string;
const TARGET = 'Hội nghị điển hình tiên tiến ngành Giáo dục tỉnh Hà Tĩnh';
beforeAll(async () => {
  t = await createTestApp();
  template = await planTemplate(t);
  school = await newOrganizer(
    t,
    {
      name: 'Trường THPT Phan Đình Phùng',
      parentName: 'Sở Giáo dục và Đào tạo Hà Tĩnh',
      level: 'school',
      place: 'Hà Tĩnh',
    },
    'thuky.pdp',
    [{ name: 'Tổ Toán', type: 'other' }],
  );
});
afterAll(async () => t?.close());

const grade = (key: string, label: string, value: number) => ({ key, label, count: { op: 'exact', value } });
const plan = (
  o: { cap?: number; g10?: number; g12?: number; quotaAttribute?: string; pupils?: number } = {},
) => ({
  ...template,
  name: 'Hội nghị điển hình tiên tiến Trường THPT Phan Đình Phùng năm học 2024 - 2025',
  officialTitle: 'Hội nghị điển hình tiên tiến Trường THPT Phan Đình Phùng',
  level: 'school',
  issuePlace: 'Hà Tĩnh',
  signedAt: null,
  performanceAllocations: [],
  speechRule: { total: 0, parts: [] },
  delegateRules: {
    cap: o.cap ?? 30,
    categories: [
      {
        key: 'students',
        label: 'Học sinh',
        sharePercent: 60,
        shareOperator: 'min',
        subgroups: [
          {
            ...grade('excellent', 'Học sinh giỏi', 6),
            children: [
              grade('g10', 'Khối 10', o.g10 ?? 2),
              grade('g11', 'Khối 11', 2),
              grade('g12', 'Khối 12', o.g12 ?? 2),
            ],
          },
          grade('exemplary', 'Học sinh tiêu biểu', 3),
        ],
      },
      { key: 'staff', label: 'Giáo viên, nhân viên', sharePercent: 40, shareOperator: 'max', subgroups: [] },
    ],
    attributes: [{ key: 'doan-vien', label: 'Đoàn viên ưu tú' }],
    extraRules: [],
    note: '',
  },
  delegationQuota: {
    targetName: TARGET,
    collectives: 0,
    individuals: 4,
    parts: [
      { dimension: 'category', value: 'students', count: o.pupils ?? 3 },
      { dimension: 'attribute', value: o.quotaAttribute ?? 'doan-vien', count: 2, op: 'max' },
    ],
  },
});

describe('a school: a small cap, exact counts at two levels, a delegation part on its own attribute', () => {
  it('refuses a cap below the sub-groups, grades over their parent and an unknown attribute in the quota: 400 with the numbers', async () => {
    const refused = async (p: object) => {
      const res = await school.create(p);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields as Record<string, string>;
    };
    expect((await refused(plan({ cap: 8 })))['plan.delegateRules.cap']).toBe(
      'Số đại biểu tối đa (8) nhỏ hơn số tối thiểu mà các nhóm và nhóm con đòi: Học sinh 9 + Giáo viên, nhân viên 0 = 9: nâng số đại biểu tối đa lên 9 hoặc giảm 1 ở số lượng các nhóm con',
    );
    expect((await refused(plan({ g10: 3 })))['plan.delegateRules.categories.0.subgroups.0.count.value']).toBe(
      'Nhóm con "Học sinh giỏi" có số lượng đúng 6 nhưng các nhóm con của nó cần ít nhất Khối 10 3 + Khối 11 2 + Khối 12 2 = 7: nâng số lượng lên 7 hoặc giảm 1 ở các nhóm con',
    );
    expect((await refused(plan({ quotaAttribute: 'doan_vien' })))['plan.delegationQuota.parts.1.value']).toBe(
      'Phần 2 của đoàn đi dự cấp trên: thuộc tính "doan_vien" không có trong kế hoạch (các thuộc tính: female, direct_worker, ethnic_minority, youth, doan-vien)',
    );
  });

  it('grades not adding up and an attribute part over the delegation are warnings; the consistent plan saves', async () => {
    const warned = await school.create(plan({ g12: 1, pupils: 5 }));
    expect(warned.statusCode).toBe(422);
    expect(warned.json().error.warnings.map((w: { message: string }) => w.message)).toEqual([
      'Các nhóm con của "Học sinh giỏi" cộng lại Khối 10 2 + Khối 11 2 + Khối 12 1 = 5 nhưng "Học sinh giỏi" có đúng 6 đại biểu: thêm 1 ở số lượng các nhóm con hoặc sửa số của "Học sinh giỏi"',
      `Đoàn đi dự ${TARGET} có 4 thành viên (0 tập thể, 4 cá nhân) nhưng các phần Học sinh 5 cần 5: giảm các phần 1 hoặc tăng số lượng đoàn lên 5`,
    ]);
    const created = await school.create(plan());
    expect(created.statusCode, created.body).toBe(201);
    confId = created.json().id;
  });

  it('the gauge and finalize at the boundary: 2 + 2 + 2 excellent and 3 exemplary pupils, 6 staff', async () => {
    const desk = delegateDesk(t, confId, school.secretary);
    const g10 = [];
    for (const [sub, n] of [
      ['g10', 2],
      ['g11', 2],
      ['g12', 2],
      ['exemplary', 3],
    ] as const)
      for (let i = 0; i < n; i++) {
        const d = await desk.add('students', sub, i === 0 ? ['doan-vien'] : []);
        if (sub === 'g10') g10.push(d);
      }
    for (let i = 0; i < 6; i++) await desk.add('staff', undefined);
    expect(await desk.gauge()).toMatchObject({ ok: true, messages: [] });
    const done = await desk.finalize();
    expect(done.statusCode, done.body).toBe(200);
    await desk.reopen();

    const third = await desk.add('students', 'g12');
    // one over: a third pupil of Khối 12
    expect(await desk.gauge()).toMatchObject({
      ok: false,
      messages: ['Thừa 1 học sinh giỏi so với số đúng 6', 'Thừa 1 khối 12 so với số đúng 2'],
      fixes: [],
    });
    const refused = await desk.finalize();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toBe(
      'Không chốt được danh sách: Thừa 1 học sinh giỏi so với số đúng 6; Thừa 1 khối 12 so với số đúng 2. ' +
        'Chỉ Chủ tịch Hội đồng được chốt khi chưa đạt cơ cấu, kèm lý do bằng văn bản.',
    );
    await desk.remove(third);

    await desk.remove(g10[1]!);
    // one under: a pupil of Khối 10 leaves — 8 pupils of 14 are under 60 %, 6 staff of 14 over 40 %
    const under = await desk.gauge();
    expect(under).toMatchObject({
      ok: false,
      messages: [
        'Còn thiếu 1 học sinh để đạt 60%',
        'Còn thiếu 1 học sinh giỏi so với số đúng 6',
        'Còn thiếu 1 khối 10 so với số đúng 2',
        'Thừa 1 giáo viên, nhân viên so với mức tối đa 40%',
      ],
      fixes: ['Thay 1 giáo viên, nhân viên bằng 1 học sinh'],
    });
    const refusedUnder = await desk.finalize();
    expect(refusedUnder.statusCode).toBe(422);
    expect(refusedUnder.json().error.message).toBe(
      `Không chốt được danh sách: ${under.messages.join('; ')}. Cách sửa: Thay 1 giáo viên, nhân viên bằng 1 học sinh. ` +
        'Chỉ Chủ tịch Hội đồng được chốt khi chưa đạt cơ cấu, kèm lý do bằng văn bản.',
    );
  });

  it('the delegation: 3 pupils at most, at most 2 "Đoàn viên ưu tú"', async () => {
    const list = (await t.send('GET', `/api/conferences/${confId}/delegates`, school.secretary)).json()
      .items as {
      id: string;
      fullName: string;
      category: string;
      attributes: string[];
    }[];
    const add = (d: { id: string }) =>
      t.send('POST', `/api/conferences/${confId}/delegation`, school.secretary, { delegateId: d.id });
    const members = list.filter((d) => d.category === 'students' && d.attributes.includes('doan-vien'));
    for (const m of members.slice(0, 2)) expect((await add(m)).statusCode).toBe(201);
    const thirdMember = await add(members[2]!);
    expect(thirdMember.statusCode).toBe(422);
    expect(thirdMember.json().error.message).toBe(
      `Đoàn đi dự ${TARGET} đã đủ 2 đại biểu đoàn viên ưu tú (đã chọn 2/2); không thể thêm cá nhân "${members[2]!.fullName}"`,
    );
    const plain = list.filter((d) => d.category === 'students' && !d.attributes.includes('doan-vien'));
    const third = await add(plain[0]!);
    expect(third.statusCode).toBe(201);
    expect(
      third
        .json()
        .parts.map((p: { noun: string; count: number; target: number; ok: boolean }) => [
          p.noun,
          p.count,
          p.target,
          p.ok,
        ]),
    ).toEqual([
      ['học sinh', 3, 3, true],
      ['đại biểu đoàn viên ưu tú', 2, 2, true],
    ]);
    const fourth = await add(plain[1]!);
    expect(fourth.statusCode).toBe(422);
    expect(fourth.json().error.message).toBe(
      `Đoàn đi dự ${TARGET} đã đủ 3 học sinh (đã chọn 3/3); không thể thêm cá nhân "${plain[1]!.fullName}"`,
    );
  });
});
