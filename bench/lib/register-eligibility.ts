// eligibility_5000_ms: 5,000 nominations of the demo conference, each a person of the generated
// register (same name, birth year and unit: found by match key), judged by four rules of their
// form. Setup (not timed): the rules and the nominations, inserted directly. Timed: reading the
// conference's nominations and judgeMany on them.
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import { eligibilityRules, nominations } from '../../src/server/db/schema/index';
import { getConference } from '../../src/server/modules/conferences/data';
import { judgeMany } from '../../src/server/modules/eligibility/judge';
import { vietnameseNameSortKey } from '../../src/shared/rules/vietnamese-text';
import type { EligibilityParams } from '../../src/shared/schemas/honours';
import type { Demo } from './app';
import { percentile } from './app';
import { benchSubjectName } from './register';

const COUNT = 5000;
const RUNS = 5;

export async function measureEligibility(
  db: Db,
  demo: Demo,
  unitIds: string[],
  subjects: number,
): Promise<{ ms: number; ineligible: number }> {
  const conf = (await getConference(db, demo.conferenceId))!;
  const formId = demo.formIds.get('DHTT-CN')!;
  const rule = (params: EligibilityParams) => ({
    organizationId: demo.organizationId,
    formCode: 'DHTT-CN',
    kind: params.kind,
    params,
    validFrom: '2000-01-01',
    isExample: true,
  });
  await db.insert(eligibilityRules).values([
    rule({
      kind: 'requires_prior',
      forms: ['LDTT', 'CSTD-CS'],
      count: 1,
      years: 5,
      includeSameYear: false,
    }),
    rule({ kind: 'consecutive', forms: ['LDTT'], years: 3 }),
    rule({ kind: 'min_gap', forms: ['GK-CN'], years: 2 }),
    rule({ kind: 'discipline_block' }),
  ]);
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const k = (i * 7919) % subjects;
    const s = benchSubjectName(k);
    return {
      organizationId: demo.organizationId,
      conferenceId: conf.id,
      unitId: unitIds[k % unitIds.length]!,
      awardFormId: formId,
      kind: 'individual',
      name: s.name,
      searchName: s.folded,
      sortKey: vietnameseNameSortKey(s.name),
      individual: { birthYear: s.birthYear } as never,
      status: 'accepted',
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(nominations).values(rows.slice(i, i + 1000));
  const times: number[] = [];
  let ineligible = 0;
  let judged = 0;
  for (let r = 0; r <= RUNS; r++) {
    const t = performance.now();
    const list = await db.select().from(nominations).where(eq(nominations.conferenceId, conf.id));
    const views = await judgeMany(db, conf, list);
    const ms = performance.now() - t;
    const found = [...views.values()].filter((v) => v.subjectId !== null).length;
    if (found < COUNT)
      throw new Error(`eligibility: only ${found} of ${COUNT} nominees found in the register`);
    ineligible = [...views.values()].filter((v) => v.verdict === 'ineligible').length;
    judged = views.size;
    if (r > 0) times.push(ms);
  }
  if (judged < COUNT) throw new Error(`eligibility: ${judged} judged`);
  return { ms: percentile(times, 50), ineligible };
}
