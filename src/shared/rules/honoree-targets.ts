// Số lượng cần vinh danh: an award form may ask for at least `minHonorees` honorees (exactly that
// many when it equals `maxHonorees`). The cap is applied by the ballot's ranking (ballot-results);
// the minimum is only a target: the council's vote decides, this check warns.

export type HonoreeTargetForm = {
  id: string;
  name: string;
  minHonorees: number | null;
  maxHonorees: number | null;
};

/** A form with fewer honorees than its target. */
export type UnmetHonoreeTarget = {
  awardFormId: string;
  awardFormName: string;
  minHonorees: number;
  maxHonorees: number | null;
  /** honorees selected so far (closed ballots) */
  selected: number;
  missing: number;
};

/**
 * The forms whose minimum is not reached by the selected honorees, in the forms' order. Forms
 * without a target (null or 0) are never listed; selecting more than the minimum is not a warning.
 */
export function unmetHonoreeTargets(
  forms: readonly HonoreeTargetForm[],
  honorees: readonly { awardFormId: string }[],
): UnmetHonoreeTarget[] {
  const selected = new Map<string, number>();
  for (const h of honorees) selected.set(h.awardFormId, (selected.get(h.awardFormId) ?? 0) + 1);
  return forms.flatMap((f) => {
    const count = selected.get(f.id) ?? 0;
    if (f.minHonorees === null || count >= f.minHonorees) return [];
    return [
      {
        awardFormId: f.id,
        awardFormName: f.name,
        minHonorees: f.minHonorees,
        maxHonorees: f.maxHonorees,
        selected: count,
        missing: f.minHonorees - count,
      },
    ];
  });
}
