// Dates as Vietnamese users write them: dd/mm/yyyy, times in Vietnam (UTC+7).
import { formatDate } from '../../shared/rules/display-format';

// The display formats live in shared (the audit log's words and the server's exports use them too).
export { formatDate, formatDateTime, truncate } from '../../shared/rules/display-format';

/** A date or a range: '15/03/2020' or '15/03/2020 – 17/03/2020'. */
export function formatDateRange(start: string, end: string | null): string {
  return end && end !== start ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(start);
}

/** '1–2' for a range, '2' when min = max. */
export function formatRange(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

const VN_OFFSET_MS = 7 * 3600_000;

/** An ISO instant → 'YYYY-MM-DDTHH:mm:ss' in Vietnam time: the value of DateTimeField (components/date-field). */
export function toVietnamLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 19);
}

/** 'YYYY-MM-DDTHH:mm[:ss]' typed in Vietnam time → ISO with the +07:00 offset, or null. */
export function fromVietnamLocal(local: string): string | null {
  if (!local) return null;
  const withSeconds = local.length === 16 ? `${local}:00` : local.slice(0, 19);
  return `${withSeconds}+07:00`;
}

/** '24/3/2020', '24-03-2020', '24.3.2020' or '2020-03-24' → '2020-03-24' (a real date), else null. */
export function parseVietnameseDate(text: string): string | null {
  const s = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
