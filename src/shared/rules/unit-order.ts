/** Thứ tự đơn vị: the order is a list of ids; the stored sort numbers are only its encoding. */

export type OrderCheck = { ok: true } | { ok: false; message: string };

/** Is `requested` exactly the current units, each once (a screen that missed an added or deleted unit is not)? */
export function checkUnitOrder(current: readonly string[], requested: readonly string[]): OrderCheck {
  const known = new Set(current);
  const asked = new Set(requested);
  if (asked.size !== requested.length)
    return { ok: false, message: 'Một đơn vị xuất hiện hai lần trong thứ tự' };
  if (asked.size !== known.size || requested.some((id) => !known.has(id)))
    return {
      ok: false,
      message:
        'Danh sách đơn vị vừa thay đổi (có đơn vị được thêm hoặc xóa). Hãy tải lại trang rồi sắp xếp lại.',
    };
  return { ok: true };
}

/** The sort numbers that store `ids` in that order: 10, 20, 30… (room to insert by hand). */
export const sortNumbers = (ids: readonly string[]): Map<string, number> =>
  new Map(ids.map((id, i) => [id, (i + 1) * 10]));

/** The sort number of a unit added after the others. */
export const nextSortNumber = (existing: readonly number[]): number =>
  Math.floor(Math.max(0, ...existing) / 10) * 10 + 10;

/** `ids` with `id` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveInOrder(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  const out = [...ids];
  if (from < 0 || to < 0 || to >= ids.length) return out;
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}
