// A form's starting values: the stored object's field where it has one, the form's default where
// it has none (no object yet, or a null/undefined field). Only the fields the defaults name.

/** Each field of `defaults`, taken from `stored` unless that is null or undefined there. */
export function valuesFrom<T extends object>(
  defaults: T,
  stored: { [K in keyof T]?: T[K] | null } | null | undefined,
): T {
  const values = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T)[]) values[key] = stored?.[key] ?? defaults[key];
  return values;
}
