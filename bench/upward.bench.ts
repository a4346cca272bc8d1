// upward_send_p95_ms_postgres / upward_inbox_p95_ms_postgres (upward_200): 200 wards each send a
// delegation of 6 (2 attachments each) to one province, POST …/upward/sends via app.inject as the
// system administrator; p95 of the 200 sends. Then the province's inbox of 200 arrivals / 1,200
// nominations (GET …/upward/inbox?limit=200, counts by status) 30 times; p95. PostgreSQL only (the
// goal is PostgreSQL's); fresh database vd_bench_<random>, dropped after. The wards, their accepted
// nominations, attachment rows and delegations are written through the modules (setup, not timed).

import { attachments, delegationMembers, quotas, units } from '../src/server/db/schema/index';
import { findUserByUsername, loadActor } from '../src/server/modules/auth/data';
import { createAwardForm } from '../src/server/modules/award-forms/mutations';
import { createConference } from '../src/server/modules/conferences/mutations';
import { recordAcceptedNominations } from '../src/server/modules/nominations/mutations';
import { createOrganization } from '../src/server/modules/organizations/mutations';
import { upperDeadlineMilestone } from '../src/server/seed/upper-levels';
import { vanYenPlan } from '../src/server/seed/van-yen';
import { vanYenAwardForms } from '../src/server/seed/van-yen-awards';
import { person } from '../src/server/seed/van-yen-history-nominations';
import { createFileStore } from '../src/server/storage/files';
import type { Actor } from '../src/shared/rules/permissions';
import { awardFormInputSchema, nominationInputSchema } from '../src/shared/schemas/nominations';
import { planSchema } from '../src/shared/schemas/plan';
import { tinyPng } from '../tests/helpers/files';
import { type BenchDatabase, login, onPostgres, seededApp } from './lib/app';
import { type BenchResult, round, saveResults } from './lib/results';

const WARDS = 200;
const MEMBERS = 6;
const FILES = 2;
const INBOX_RUNS = 30;
const FORM = vanYenAwardForms.find((f) => f.code === 'DHTT-CN')!;

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The province, its 200 units each linked to a ward with a quota of 6, and the wards' delegations. */
async function setUp(b: BenchDatabase, actor: Actor) {
  const db = b.database.db;
  const files = createFileStore(b.dataDir);
  const png = tinyPng();
  const sha256 = await files.put(png);
  const plan = (name: string) => planSchema.parse({ ...vanYenPlan(() => null), name });
  const province = await createOrganization(db, null, {
    name: 'UBND tỉnh Thử nghiệm',
    parentName: '',
    level: 'province',
    place: 'Tỉnh Thử nghiệm',
  });
  const upper = await createConference(db, null, province.id, plan('Hội nghị điển hình tiên tiến tỉnh'), [
    upperDeadlineMilestone(day(10)),
  ]);
  const upperForm = await createAwardForm(db, null, upper, awardFormInputSchema.parse(FORM));
  const wards: string[] = [];
  for (let w = 0; w < WARDS; w++) {
    const ward = await createOrganization(db, null, {
      name: `UBND phường Thử ${w + 1}`,
      parentName: province.name,
      level: 'ward',
      place: `Phường ${w + 1}`,
    });
    const conf = await createConference(
      db,
      null,
      ward.id,
      plan(`Hội nghị điển hình tiên tiến phường ${w + 1}`),
      [],
    );
    const form = await createAwardForm(db, null, conf, awardFormInputSchema.parse(FORM));
    const [unit] = await db
      .insert(units)
      .values({ organizationId: ward.id, name: 'Tổ dân phố 1', type: 'residential_group' })
      .returning();
    const inputs = Array.from({ length: MEMBERS }, (_, i) =>
      nominationInputSchema.parse({
        ...person(
          'DHTT-CN',
          `Nguyễn Văn Thử ${w + 1}-${i + 1}`,
          'male',
          1970 + i,
          'Tổ trưởng',
          'worker',
          'Gương mẫu.',
        ).input,
        awardFormId: form.id,
      }),
    );
    const ids = await recordAcceptedNominations(db, actor, conf, unit!.id, inputs, day(-1));
    await db.insert(attachments).values(
      ids.flatMap((nominationId) =>
        Array.from({ length: FILES }, (_, k) => ({
          organizationId: ward.id,
          nominationId,
          fileName: `anh-${k + 1}.png`,
          mimeType: 'image/png',
          size: png.length,
          sha256,
        })),
      ),
    );
    await db
      .insert(delegationMembers)
      .values(ids.map((nominationId) => ({ organizationId: ward.id, conferenceId: conf.id, nominationId })));
    const [linked] = await db
      .insert(units)
      .values({
        organizationId: province.id,
        name: `Phường Thử ${w + 1}`,
        type: 'agency',
        sortOrder: w,
        linkedOrganizationId: ward.id,
      })
      .returning();
    await db.insert(quotas).values({
      organizationId: province.id,
      conferenceId: upper.id,
      unitId: linked!.id,
      awardFormId: upperForm.id,
      count: MEMBERS,
    });
    wards.push(conf.id);
  }
  return { upperId: upper.id, wards };
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { app } = await seededApp(b);
  try {
    const admin = (await loadActor(b.database.db, (await findUserByUsername(b.database.db, 'admin'))!.id))!;
    const started = performance.now();
    const { upperId, wards } = await setUp(b, admin);
    console.log(
      `[${b.database.engine}] ${WARDS} phường × ${MEMBERS} hồ sơ × ${FILES} tệp: ${round(performance.now() - started, 0)} ms chuẩn bị`,
    );
    const cookie = await login(app, 'admin');
    const sends: number[] = [];
    for (const cid of wards) {
      const t0 = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: `/api/conferences/${cid}/upward/sends`,
        headers: { cookie },
        payload: { targetConferenceId: upperId },
      });
      sends.push(performance.now() - t0);
      if (res.statusCode !== 201 || res.json().created !== MEMBERS) {
        throw new Error(`send: ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
    }
    const inbox: number[] = [];
    for (let i = 0; i < INBOX_RUNS; i++) {
      const t0 = performance.now();
      const res = await app.inject({
        url: `/api/conferences/${upperId}/upward/inbox?limit=200`,
        headers: { cookie },
      });
      inbox.push(performance.now() - t0);
      const body = res.json();
      const received = body.items?.reduce(
        (s: number, x: { counts: { received: number } }) => s + x.counts.received,
        0,
      );
      if (res.statusCode !== 200 || body.total !== WARDS || received !== WARDS * MEMBERS) {
        throw new Error(`inbox: ${res.statusCode} total ${body.total}, received ${received}`);
      }
    }
    const send = round(p95(sends));
    const list = round(p95(inbox));
    console.log(
      `[${b.database.engine}] gửi p95 ${send} ms (trung vị ${round(sends.sort((a, c) => a - c)[WARDS / 2]!)}), hộp nhận p95 ${list} ms`,
    );
    return {
      [`upward_send_p95_ms${b.suffix}`]: {
        value: send,
        unit: 'ms',
        goal: 200,
        better: 'lower',
        engine: b.database.engine,
        note: `POST …/upward/sends via app.inject as admin: ${WARDS} wards each send a delegation of ${MEMBERS} accepted nominations with ${FILES} attachments each to one province (quota ${MEMBERS} per linked unit); 201 and created ${MEMBERS} checked; p95 of the ${WARDS} sends`,
      },
      [`upward_inbox_p95_ms${b.suffix}`]: {
        value: list,
        unit: 'ms',
        goal: 100,
        better: 'lower',
        engine: b.database.engine,
        note: `GET …/upward/inbox?limit=200 of the province after the ${WARDS} sends: ${WARDS} arrivals, ${WARDS * MEMBERS} nominations counted by status (total and counts checked); p95 of ${INBOX_RUNS} reads`,
      },
    };
  } finally {
    await app.close();
  }
}

const postgres = await onPostgres('vd-bench-upward-', measure);
if (postgres) saveResults(postgres);
