// Before → after of an audit entry: the fields that changed, as dot paths. Pure.

/** Bookkeeping columns nobody edits by hand. */
const IGNORED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'organizationId',
  'conferenceId',
  'passwordHash',
  'sortOrder',
]);

export type Change = { path: (string | number)[]; before: unknown; after: unknown };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function walk(before: unknown, after: unknown, path: (string | number)[], out: Change[]) {
  if (equal(before, after)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) {
      if (path.length === 0 && IGNORED.has(k)) continue;
      walk(before[k], after[k], [...path, k], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) walk(before[i], after[i], [...path, i], out);
    return;
  }
  out.push({ path, before, after });
}

/** The changed leaves between two snapshots (top-level bookkeeping fields left out). */
export function diffSnapshots(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before ?? {}, after ?? {}, [], out);
  return out;
}

/** A readable name of the object an entry is about (name, title, full name …). */
export function entityName(snapshot: Record<string, unknown> | null): string {
  if (!snapshot) return '';
  for (const k of ['name', 'title', 'fullName', 'username']) {
    const v = snapshot[k];
    if (typeof v === 'string' && v) return v;
  }
  // A conference row carries its name inside the plan.
  const plan = snapshot.plan as { name?: unknown } | undefined;
  return typeof plan?.name === 'string' ? plan.name : '';
}
