// The honorees (người/tập thể được vinh danh) as the decision, the submission, the notice, the
// program's call-up and the budget's prize lines all list them: grouped by award form, forms for
// collectives (and households) before forms for individuals, each in the forms' own order.

export type HonoreeEntry = {
  name: string;
  kind: string;
  unitName: string;
  /** Chức vụ/nghề nghiệp of an individual (empty for a collective). */
  position: string;
  formId: string;
  formName: string;
  formSortOrder: number;
  /** The council's vote, when known: agree of base, and the share in percent. */
  vote?: { agree: number; base: number; sharePercent: number };
};

/** What a nomination row (accepted, or an honoree with its vote) says of its entry. */
type NominationOfEntry = {
  name: string;
  kind: string;
  unitName: string;
  individual?: { position?: string | null } | null;
  awardFormId: string;
  awardFormName: string;
};

/** A nomination as a list entry: the form's place in the order, and the vote when known. */
export function honoreeEntry(
  r: NominationOfEntry,
  formSortOrder: number,
  vote?: HonoreeEntry['vote'],
): HonoreeEntry {
  return {
    name: r.name,
    kind: r.kind,
    unitName: r.unitName,
    position: r.individual?.position ?? '',
    formId: r.awardFormId,
    formName: r.awardFormName,
    formSortOrder,
    ...(vote && { vote }),
  };
}

export type HonoreeGroup<T extends HonoreeEntry> = {
  formId: string;
  formName: string;
  collective: boolean;
  rows: T[];
};

const KIND_ORDER: Record<string, number> = { collective: 0, household: 1, individual: 2 };

/**
 * Groups by award form: forms for collectives (and households) first, then forms for
 * individuals, each in the forms' own order; rows keep the order given (name order).
 */
export function groupByForm<T extends HonoreeEntry>(rows: readonly T[]): HonoreeGroup<T>[] {
  const groups = new Map<string, HonoreeGroup<T> & { order: number; sort: number }>();
  for (const r of rows) {
    const key = `${r.formId}|${r.kind}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        formId: r.formId,
        formName: r.formName,
        collective: r.kind !== 'individual',
        rows: [],
        order: KIND_ORDER[r.kind] ?? 1,
        sort: r.formSortOrder,
      };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.sort - b.sort || a.formName.localeCompare(b.formName, 'vi'))
    .map(({ order: _o, sort: _s, ...g }) => g);
}

/** "02 tập thể và 05 cá nhân" (counts below 10 zero-padded as documents write them). */
export function countsText(rows: readonly { kind: string }[]): string {
  const n = (k: number) => (k < 10 ? `0${k}` : String(k));
  const collectives = rows.filter((r) => r.kind !== 'individual').length;
  const individuals = rows.length - collectives;
  const parts = [];
  if (collectives) parts.push(`${n(collectives)} tập thể`);
  if (individuals) parts.push(`${n(individuals)} cá nhân`);
  return parts.join(' và ') || '0 tập thể, cá nhân';
}
