import { count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organizations } from '../db/schema/index';

export async function countOrganizations(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organizations);
  return row?.n ?? 0;
}
