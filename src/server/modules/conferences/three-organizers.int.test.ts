import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { delegateDesk, newOrganizer, type Organizer, planTemplate } from './organizers.fixtures.int';

// Issue 16, done when: organizers unlike the demo ward (cap 100, 70/30) write their own numbers.
// A province (cap 250, exemplars with nested sub-groups of exact counts, its own attribute
// "Người tốt, việc tốt" with a share rule, a delegation of "2 khách mời + 8 điển hình") and a
// company (cap 60, min/max shares, "Công nhân trực tiếp sản xuất" ≥ 70 % of its workers, speech
// parts naming one of its units). Contradictions are refused with the numbers, parts not adding
// up are warnings to acknowledge, and the gauge and finalize agree right at the boundary.
let t: TestApp;
let template: Record<string, unknown>;
beforeAll(async () => {
  t = await createTestApp();
  template = await planTemplate(t);
});
afterAll(async () => t?.close());

describe('a province: nested exact counts, an attribute rule, a delegation by category', () => {
  let province: Organizer;
  let confId: string;
  const guests: string[] = [];
  const TARGET = 'Hội nghị điển hình tiên tiến toàn quốc';
  const plan = (
    o: { farmers?: number; farmerMin?: boolean; quotaCategory?: string; exemplars?: number } = {},
  ) => ({
    ...template,
    name: 'Hội nghị điển hình tiên tiến tỉnh Hà Tĩnh giai đoạn 2020 - 2025',
    officialTitle: 'Hội nghị điển hình tiên tiến tỉnh Hà Tĩnh',
    level: 'province',
    issuePlace: 'Hà Tĩnh',
    signedAt: null,
    performanceAllocations: [],
    speechRule: { total: 0, parts: [] },
    delegateRules: {
      cap: 250,
      categories: [
        {
          key: 'exemplary',
          label: 'Đại biểu điển hình tiên tiến',
          sharePercent: 80,
          shareOperator: 'min',
          subgroups: [
            { key: 'collectives', label: 'Đại diện tập thể', count: { op: 'exact', value: 6 } },
            {
              key: 'individuals',
              label: 'Cá nhân điển hình',
              count: { op: 'exact', value: 10 },
              children: [
                { key: 'workers', label: 'Công nhân', count: { op: 'exact', value: 4 } },
                {
                  key: 'farmers',
                  label: 'Nông dân',
                  count: { op: o.farmerMin ? 'min' : 'exact', value: o.farmers ?? 6 },
                },
              ],
            },
          ],
        },
        { key: 'guest', label: 'Đại biểu khách mời', sharePercent: 20, shareOperator: 'max', subgroups: [] },
      ],
      attributes: [{ key: 'nguoi-tot', label: 'Người tốt, việc tốt' }],
      extraRules: [
        {
          label: 'Cá nhân điển hình: tối thiểu 50% người tốt, việc tốt',
          attribute: 'nguoi-tot',
          operator: 'min',
          percent: 50,
          scope: { category: 'exemplary', subgroup: 'individuals' },
        },
      ],
      note: '',
    },
    delegationQuota: {
      targetName: TARGET,
      collectives: 0,
      individuals: 10,
      parts: [
        { dimension: 'category', value: o.quotaCategory ?? 'guest', count: 2 },
        { dimension: 'category', value: 'exemplary', count: o.exemplars ?? 8 },
      ],
    },
  });

  beforeAll(async () => {
    province = await newOrganizer(
      t,
      { name: 'UBND tỉnh Hà Tĩnh', parentName: '', level: 'province', place: 'Hà Tĩnh' },
      'thuky.hatinh',
      [
        { name: 'Sở Công Thương', type: 'department' },
        { name: 'Hội Nông dân tỉnh', type: 'mass_organization' },
      ],
    );
  });

  it('refuses sub-groups needing more than their parent and a quota naming an unknown category: 400 with the numbers', async () => {
    const over = await province.create(plan({ farmers: 8, farmerMin: true }));
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields['plan.delegateRules.categories.0.subgroups.1.count.value']).toBe(
      'Nhóm con "Cá nhân điển hình" có số lượng đúng 10 nhưng các nhóm con của nó cần ít nhất Công nhân 4 + Nông dân 8 = 12: nâng số lượng lên 12 hoặc giảm 2 ở các nhóm con',
    );
    const unknown = await province.create(plan({ quotaCategory: 'press' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields['plan.delegationQuota.parts.0.value']).toBe(
      'Phần 1 của đoàn đi dự cấp trên: nhóm đại biểu "press" không có trong thành phần đại biểu của kế hoạch',
    );
  });

  it('parts not adding up are warnings to acknowledge, with their numbers; the consistent plan saves as it is', async () => {
    const loose = plan({ farmers: 5, exemplars: 9 });
    const warned = await province.create(loose);
    expect(warned.statusCode).toBe(422);
    expect(warned.json().error.warnings.map((w: { message: string }) => w.message)).toEqual([
      'Các nhóm con của "Cá nhân điển hình" cộng lại Công nhân 4 + Nông dân 5 = 9 nhưng "Cá nhân điển hình" có đúng 10 đại biểu: thêm 1 ở số lượng các nhóm con hoặc sửa số của "Cá nhân điển hình"',
      `Đoàn đi dự ${TARGET} có 10 thành viên (0 tập thể, 10 cá nhân) nhưng các phần Đại biểu khách mời 2 + Đại biểu điển hình tiên tiến 9 cần 11: giảm các phần 1 hoặc tăng số lượng đoàn lên 11`,
    ]);
    const created = await province.create(plan());
    expect(created.statusCode, created.body).toBe(201);
    confId = created.json().id;
    const saved = created.json().plan;
    expect(saved.delegateRules.cap).toBe(250);
    expect(saved.delegateRules.categories[0].subgroups[1].children[1]).toMatchObject({
      key: 'farmers',
      count: { op: 'exact', value: 6 },
    });
    expect(saved.delegationQuota.parts).toEqual(plan().delegationQuota.parts);
  });

  it('the gauge and finalize at the boundary: 6 + (4 + 6) exemplars, 4 guests, 5 of 10 "người tốt, việc tốt"', async () => {
    const desk = delegateDesk(t, confId, province.secretary);
    for (let i = 0; i < 6; i++) await desk.add('exemplary', 'collectives');
    for (let i = 0; i < 4; i++) await desk.add('exemplary', 'workers', i < 2 ? ['nguoi-tot'] : []);
    const farmers = [];
    for (let i = 0; i < 6; i++)
      farmers.push(await desk.add('exemplary', 'farmers', i < 3 ? ['nguoi-tot'] : []));
    for (let i = 0; i < 4; i++) guests.push((await desk.add('guest', undefined)).id);
    expect(await desk.gauge()).toMatchObject({ ok: true, messages: [] });
    const done = await desk.finalize();
    expect(done.statusCode, done.body).toBe(200);
    await desk.reopen();

    // one over: a 7th farmer (a "người tốt, việc tốt", so the attribute rule still holds)
    const seventh = await desk.add('exemplary', 'farmers', ['nguoi-tot']);
    const over = await desk.gauge();
    expect(over).toMatchObject({
      ok: false,
      messages: ['Thừa 1 cá nhân điển hình so với số đúng 10', 'Thừa 1 nông dân so với số đúng 6'],
    });
    const refused = await desk.finalize();
    expect(refused.statusCode).toBe(422);
    for (const m of over.messages) expect(refused.json().error.message).toContain(m);
    await desk.remove(seventh);

    // one under: one "người tốt, việc tốt" farmer leaves: 4 of 10, the rule asks 50 %
    await desk.remove(farmers[0]!);
    await desk.add('exemplary', 'farmers', []);
    // the farmers stay exactly 6: the fix is a swap within the sub-group, not one more delegate
    const shortfall =
      'Còn thiếu đại biểu người tốt, việc tốt trong nhóm con Cá nhân điển hình để đạt 50%: nhóm con Cá nhân điển hình có đúng 10 người, ' +
      'cần thay 1 đại biểu khác bằng đại biểu người tốt, việc tốt trong nhóm con Cá nhân điển hình';
    expect(await desk.gauge()).toMatchObject({ ok: false, messages: [shortfall] });
    const refusedUnder = await desk.finalize();
    expect(refusedUnder.statusCode).toBe(422);
    expect(refusedUnder.json().error.message).toContain(shortfall);
  });

  it('the delegation takes 2 guests from the list and refuses a third with the part and its numbers', async () => {
    const add = (delegateId: string) =>
      t.send('POST', `/api/conferences/${confId}/delegation`, province.secretary, { delegateId });
    expect((await add(guests[0]!)).statusCode).toBe(201);
    const second = await add(guests[1]!);
    expect(second.statusCode).toBe(201);
    expect(
      second
        .json()
        .parts.map((p: { noun: string; count: number; target: number }) => [p.noun, p.count, p.target]),
    ).toEqual([
      ['đại biểu khách mời', 2, 2],
      ['đại biểu điển hình tiên tiến', 0, 8],
    ]);
    const third = await add(guests[2]!);
    expect(third.statusCode).toBe(422);
    expect(third.json().error.message).toBe(
      `Đoàn đi dự ${TARGET} đã đủ 2 đại biểu khách mời (đã chọn 2/2); không thể thêm cá nhân "Đại biểu số 19"`,
    );
  });
});

describe('a company: min/max shares, "Công nhân trực tiếp sản xuất" among its workers, speeches by named units', () => {
  let company: Organizer;
  let confId: string;
  const unit = (name: string) => company.units.get(name)!;
  const plan = (
    o: { workerShare?: number; managerMin?: number; workerMin?: number; maxRule?: boolean } = {},
  ) => ({
    ...template,
    name: 'Hội nghị điển hình tiên tiến Công ty Cổ phần Cơ khí Hà Tĩnh năm 2025',
    officialTitle: 'Hội nghị điển hình tiên tiến Công ty Cổ phần Cơ khí Hà Tĩnh',
    level: 'company',
    issuePlace: 'Hà Tĩnh',
    signedAt: null,
    performanceAllocations: [],
    speechRule: {
      total: 3,
      parts: [
        { kind: 'unit', unitId: unit('Phân xưởng Lắp ráp'), label: 'Phân xưởng Lắp ráp', count: 1 },
        { kind: 'unit', unitId: unit('Phòng Kỹ thuật'), label: 'Phòng Kỹ thuật', count: 1 },
        { kind: 'unit_type', unitType: 'mass_organization', label: 'Đoàn thể', count: 1 },
      ],
    },
    delegateRules: {
      cap: 60,
      categories: [
        {
          key: 'workers',
          label: 'Công nhân, người lao động',
          sharePercent: o.workerShare ?? 60,
          shareOperator: 'min',
          ...(o.workerMin ? { minCount: o.workerMin } : {}),
          subgroups: [],
        },
        {
          key: 'managers',
          label: 'Cán bộ quản lý',
          sharePercent: 25,
          shareOperator: 'max',
          ...(o.managerMin ? { minCount: o.managerMin } : {}),
          subgroups: [],
        },
        { key: 'guest', label: 'Khách mời', sharePercent: 15, shareOperator: 'max', subgroups: [] },
      ],
      attributes: [{ key: 'truc-tiep-sx', label: 'Công nhân trực tiếp sản xuất' }],
      extraRules: [
        {
          label: 'Công nhân: tối thiểu 70% trực tiếp sản xuất',
          attribute: 'truc-tiep-sx',
          operator: 'min',
          percent: 70,
          scope: { category: 'workers' },
        },
        ...(o.maxRule
          ? [
              {
                label: 'Công nhân: tối đa 60% trực tiếp sản xuất',
                attribute: 'truc-tiep-sx',
                operator: 'max',
                percent: 60,
                scope: { category: 'workers' },
              },
            ]
          : []),
      ],
      note: '',
    },
    delegationQuota: {
      targetName: 'Hội nghị điển hình tiên tiến tỉnh Hà Tĩnh',
      collectives: 1,
      individuals: 2,
      parts: [],
    },
  });

  beforeAll(async () => {
    company = await newOrganizer(
      t,
      { name: 'Công ty Cổ phần Cơ khí Hà Tĩnh', parentName: '', level: 'company', place: 'Hà Tĩnh' },
      'thuky.cokhi',
      [
        { name: 'Phân xưởng Lắp ráp', type: 'other' },
        { name: 'Phòng Kỹ thuật', type: 'department' },
        { name: 'Công đoàn Công ty', type: 'mass_organization' },
      ],
    );
  });

  it('refuses shares over 100 %, a cap below the minimums, an unknown attribute and speech parts not adding up: 400 with the numbers', async () => {
    const fields = async (p: object) => {
      const res = await company.create(p);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields as Record<string, string>;
    };
    expect((await fields(plan({ workerShare: 70 })))['plan.delegateRules.categories']).toBe(
      'Tổng tỷ lệ các nhóm đại biểu phải bằng 100% (hiện là 110%)',
    );
    expect((await fields(plan({ workerMin: 45, managerMin: 16 })))['plan.delegateRules.cap']).toBe(
      'Số đại biểu tối đa (60) phải lớn hơn hoặc bằng tổng số tối thiểu của các nhóm (61)',
    );
    const badAttribute = plan();
    badAttribute.delegateRules.extraRules[0]!.attribute = 'truc_tiep';
    expect((await fields(badAttribute))['plan.delegateRules.extraRules.0.attribute']).toBe(
      'Quy tắc "Công nhân: tối thiểu 70% trực tiếp sản xuất": thuộc tính "truc_tiep" không có trong danh sách thuộc tính của kế hoạch (female, direct_worker, ethnic_minority, youth, truc-tiep-sx)',
    );
    const fourSpeeches = await fields({ ...plan(), speechRule: { ...plan().speechRule, total: 4 } });
    expect(fourSpeeches['plan.speechRule.total']).toBe('Tổng số tham luận (4) phải bằng tổng các phần (3)');
    const foreign = plan();
    foreign.speechRule.parts[1] = {
      kind: 'unit',
      unitId: t.demo.unitIds.get('Công an phường')!,
      label: 'Công an phường',
      count: 1,
    };
    // a unit of the Văn Yên ward is not one of the company's
    expect((await fields(foreign))['plan.speechRule.parts.1.unitId']).toBe(
      'Phần tham luận "Công an phường": đơn vị được chọn không thuộc tổ chức này',
    );
  });

  it('a minimum over a maximum share and two rules on one attribute are warnings to acknowledge', async () => {
    const warned = await company.create(plan({ managerMin: 16, maxRule: true }));
    expect(warned.statusCode).toBe(422);
    expect(warned.json().error.warnings.map((w: { message: string }) => w.message)).toEqual([
      'Nhóm "Cán bộ quản lý": số tối thiểu 16 nhưng tỷ lệ tối đa 25% của 60 đại biểu chỉ cho phép 15: giảm số tối thiểu xuống 15 hoặc nâng tỷ lệ lên 26.67%',
      'Quy tắc "Công nhân: tối thiểu 70% trực tiếp sản xuất" đòi tối thiểu 70% nhưng quy tắc "Công nhân: tối đa 60% trực tiếp sản xuất" chỉ cho tối đa 60% (quy tắc 1 và 2): sửa để tối đa từ 70% trở lên hoặc tối thiểu từ 60% trở xuống',
    ]);
    const created = await company.create(plan());
    expect(created.statusCode, created.body).toBe(201);
    confId = created.json().id;
    // the secretary saves the warned figures by acknowledging both, then puts the consistent ones back
    const put = async (p: object, version: number, acknowledgedWarnings?: string[]) =>
      t.send('PUT', `/api/conferences/${confId}/plan`, company.secretary, {
        plan: p,
        version,
        acknowledgedWarnings,
      });
    const half = await put(plan({ managerMin: 16, maxRule: true }), 1, ['category-min-over-share']);
    expect(half.statusCode).toBe(422);
    expect(half.json().error.warnings.map((w: { code: string }) => w.code)).toEqual([
      'extra-rules-contradict',
    ]);
    const acknowledged = await put(plan({ managerMin: 16, maxRule: true }), 1, [
      'category-min-over-share',
      'extra-rules-contradict',
    ]);
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect(acknowledged.json().plan.delegateRules.categories[1].minCount).toBe(16);
    expect((await put(plan(), acknowledged.json().version)).statusCode).toBe(200);

    // the named units' parts, as the speeches page reads them before any speech
    const { check } = (await t.send('GET', `/api/conferences/${confId}/speeches`, company.secretary)).json();
    expect(check.messages).toEqual([
      'Còn thiếu 1 tham luận của Phân xưởng Lắp ráp',
      'Còn thiếu 1 tham luận của Phòng Kỹ thuật',
      'Còn thiếu 1 tham luận của đoàn thể',
    ]);
  });

  it('the gauge and finalize at the boundary: 12 workers (9 in production), 5 managers, 3 guests', async () => {
    const desk = delegateDesk(t, confId, company.secretary);
    const workers = [];
    for (let i = 0; i < 12; i++)
      workers.push(await desk.add('workers', undefined, i < 9 ? ['truc-tiep-sx'] : []));
    for (let i = 0; i < 5; i++) await desk.add('managers', undefined);
    for (let i = 0; i < 3; i++) await desk.add('guest', undefined);
    expect(await desk.gauge()).toMatchObject({ ok: true, messages: [] });
    const done = await desk.finalize();
    expect(done.statusCode, done.body).toBe(200);
    await desk.reopen();

    const sixth = await desk.add('managers', undefined);
    // one over: a 6th manager is 6 of 21, over 25 %; the workers fall to 12 of 21, under 60 %
    expect(await desk.gauge()).toMatchObject({
      ok: false,
      messages: [
        'Còn thiếu 2 công nhân, người lao động để đạt 60%',
        'Thừa 1 cán bộ quản lý so với mức tối đa 25%',
      ],
      fixes: ['Thay 1 cán bộ quản lý bằng 1 công nhân, người lao động'],
    });
    const refused = await desk.finalize();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toBe(
      'Không chốt được danh sách: Còn thiếu 2 công nhân, người lao động để đạt 60%; Thừa 1 cán bộ quản lý so với mức tối đa 25%. ' +
        'Cách sửa: Thay 1 cán bộ quản lý bằng 1 công nhân, người lao động. Chỉ Chủ tịch Hội đồng được chốt khi chưa đạt cơ cấu, kèm lý do bằng văn bản.',
    );
    await desk.remove(sixth);

    await desk.remove(workers[0]!);
    await desk.add('workers', undefined, []);
    // one under: 8 of 12 workers in production, under 70 % (two more such workers make 10 of 14)
    const shortfall =
      'Còn thiếu 2 đại biểu công nhân trực tiếp sản xuất trong nhóm Công nhân, người lao động để đạt 70%';
    expect(await desk.gauge()).toMatchObject({ ok: false, messages: [shortfall] });
    const refusedUnder = await desk.finalize();
    expect(refusedUnder.statusCode).toBe(422);
    expect(refusedUnder.json().error.message).toContain(shortfall);
  });
});
