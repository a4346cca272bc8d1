// A nationwide morning's database (bench/nationwide.bench.ts): N organizers (phường/xã), one
// conference each whose conference day is today, D delegates each with an invitation token, and a
// reception user (lễ tân) with an open session per organizer — made in a few INSERT … SELECT
// statements, cloned from the Văn Yên demo the first instance seeded (its live conference, its
// delegates, letan's memberships), so every row has what the app's own writes give it.
//
// Tokens are not random but derived from a per-run salt, so the bench computes them without
// shipping 332,100 of them around: token(n, d) = base64url(SHA-256("salt:n:d")) — 43 characters,
// as newToken() makes; the database keeps SHA-256 hex of the token, as hashToken() computes it.
// Sessions: token = base64url(SHA-256("salt:s:n")), stored as SHA-256 hex (modules/auth/data.ts).
import { createHash } from 'node:crypto';
import type pg from 'pg';

export type Nation = {
  salt: string;
  /** conference n (1-based) → its id */
  conferences: string[];
  /** conference n → the reception phone's Cookie header */
  cookies: string[];
  perConference: number;
};

const b64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');
/** The invitation token of delegate d (1-based) of conference n (1-based). */
export const nationToken = (salt: string, n: number, d: number) => b64(`${salt}:${n}:${d}`);
const sessionToken = (salt: string, n: number) => b64(`${salt}:s:${n}`);

/** The same derivation in SQL (PostgreSQL ≥ 11: sha256(bytea)). */
const sqlB64 = (expr: string) =>
  `rtrim(translate(encode(sha256(convert_to(${expr}, 'UTF8')), 'base64'), '+/', '-_'), '=')`;
const sqlHex = (expr: string) => `encode(sha256(convert_to(${expr}, 'UTF8')), 'hex')`;

async function columns(client: pg.Client, table: string): Promise<string[]> {
  const r = await client.query(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((x) => x.column_name as string);
}

/** INSERT INTO table (every column) SELECT (override or src.column) FROM `from`. */
async function clone(client: pg.Client, table: string, overrides: Record<string, string>, from: string) {
  const cols = await columns(client, table);
  const exprs = cols.map((c) => overrides[c] ?? `src.${c}`);
  const r = await client.query(
    `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${exprs.join(', ')} ${from}`,
  );
  return r.rowCount ?? 0;
}

/** Creates the nation in the (migrated, demo-seeded) database; `today` = YYYY-MM-DD in Vietnam. */
export async function createNation(
  client: pg.Client,
  opts: { organizers: number; perConference: number; salt: string; today: string },
): Promise<Nation> {
  const { organizers, perConference, salt, today } = opts;
  const letan = (await client.query(`SELECT id, organization_id FROM users WHERE username = 'letan'`))
    .rows[0] as { id: string; organization_id: string } | undefined;
  if (!letan) throw new Error('the demo (letan) is not seeded');
  // the demo's live conference: the latest of letan's organizer
  const conf = (
    await client.query(
      `SELECT id FROM conferences WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [letan.organization_id],
    )
  ).rows[0] as { id: string };
  const have = Number(
    (await client.query(`SELECT count(*) AS n FROM delegates WHERE conference_id = $1`, [conf.id])).rows[0].n,
  );
  if (have < 1) throw new Error('the demo conference has no delegates');
  await client.query(`SET synchronous_commit = off`);
  await client.query(`BEGIN`);
  await client.query(
    `CREATE TABLE bench_nation AS SELECT g AS n, gen_random_uuid() AS org_id, gen_random_uuid() AS conf_id,
       gen_random_uuid() AS user_id FROM generate_series(1, $1::int) g`,
    [organizers],
  );
  const nat = `FROM bench_nation b`;
  await clone(
    client,
    'organizations',
    { id: 'b.org_id', name: `'Phường thử nghiệm ' || b.n` },
    `${nat} JOIN organizations src ON src.id = '${letan.organization_id}'`,
  );
  await clone(
    client,
    'conferences',
    { id: 'b.conf_id', organization_id: 'b.org_id' },
    `${nat} JOIN conferences src ON src.id = '${conf.id}'`,
  );
  await clone(
    client,
    'milestones',
    {
      id: 'gen_random_uuid()',
      organization_id: 'b.org_id',
      conference_id: 'b.conf_id',
      start_date: `CASE WHEN src.kind = 'conference_day' THEN '${today}'::date ELSE src.start_date END`,
      end_date: `CASE WHEN src.kind = 'conference_day' THEN NULL ELSE src.end_date END`,
    },
    `${nat} JOIN milestones src ON src.conference_id = '${conf.id}'`,
  );
  await clone(
    client,
    'users',
    { id: 'b.user_id', organization_id: 'b.org_id', username: `'letan' || b.n`, email: 'NULL' },
    `${nat} JOIN users src ON src.id = '${letan.id}'`,
  );
  await clone(
    client,
    'memberships',
    {
      id: 'gen_random_uuid()',
      user_id: 'b.user_id',
      organization_id: 'b.org_id',
      conference_id: 'CASE WHEN src.conference_id IS NULL THEN NULL ELSE b.conf_id END',
      unit_id: 'NULL',
    },
    `${nat} JOIN memberships src ON src.user_id = '${letan.id}'`,
  );
  // the demo's delegates, cycled to perConference per conference (d = 1 … perConference)
  await client.query(
    `CREATE TEMP TABLE bench_tpl AS SELECT row_number() OVER (ORDER BY id) AS k, * FROM delegates
     WHERE conference_id = $1`,
    [conf.id],
  );
  const token = sqlB64(`'${salt}:' || b.n || ':' || s.d`);
  await clone(
    client,
    'delegates',
    {
      id: 'gen_random_uuid()',
      organization_id: 'b.org_id',
      conference_id: 'b.conf_id',
      full_name: `src.full_name || ' ' || s.d`,
      unit_id: 'NULL',
      nomination_id: 'NULL',
      token_hash: sqlHex(token),
      token_sealed: 'NULL',
      token_issued_at: 'now()',
    },
    `${nat} CROSS JOIN generate_series(1, ${perConference}) s(d)
     JOIN bench_tpl src ON src.k = ((s.d - 1) % ${have}) + 1`,
  );
  const session = sqlB64(`'${salt}:s:' || b.n`);
  await client.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at)
     SELECT ${sqlHex(session)}, b.user_id, now() + interval '12 hours' FROM bench_nation b`,
  );
  await client.query(`COMMIT`);
  await client.query(`ANALYZE`);
  const rows = (await client.query(`SELECT n, conf_id FROM bench_nation ORDER BY n`)).rows as {
    n: number;
    conf_id: string;
  }[];
  return {
    salt,
    perConference,
    conferences: rows.map((r) => r.conf_id),
    cookies: rows.map((r) => `vd_session=${sessionToken(salt, r.n)}`),
  };
}
