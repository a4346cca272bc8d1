import { onPostgres, onPglite } from './bench/lib/app';
import { generateRegister } from './bench/lib/register';
import { organizations } from './src/server/db/schema/index';
const run = async (b) => {
  await b.database.migrate();
  const [org] = await b.database.db.insert(organizations).values({ name: 'T', level: 'province' }).returning();
  const t0 = performance.now();
  await generateRegister(b.database.db, org.id, { subjects: 330000, total: 1000000, year: 2020, yearCount: 100000 });
  console.log(b.database.engine, 'gen ms', Math.round(performance.now() - t0));
  const { sql } = await import('drizzle-orm');
  const t1 = performance.now();
  const r = await b.database.db.execute(sql`SELECT count(*) FROM honours`);
  console.log(r.rows ?? r, Math.round(performance.now() - t1));
};
await onPostgres('x-', run);
if (process.argv[2] === 'pglite') await onPglite('x-', run);
