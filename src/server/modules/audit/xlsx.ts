// Nhật ký thay đổi as XLSX: the filtered entries in the words the audit page shows (Vietnamese).
import { vi } from '../../../shared/i18n/vi';
import { auditTextLines, auditTypeLabel, describeAuditEntry } from '../../../shared/rules/audit-text';
import { fill } from '../../../shared/rules/audit-values';
import { formatDate } from '../../../shared/rules/display-format';
import type { AuditEntryView, AuditFilter, AuditListView } from '../../../shared/schemas/audit';
import { cellDateTime, type ListColumn, listWorkbook } from '../../xlsx/workbook';

const words = vi.audit;

type Row = { entry: AuditEntryView; text: ReturnType<typeof describeAuditEntry> };

const COLUMNS: ListColumn<Row>[] = [
  { header: words.at, width: 18, value: (r) => cellDateTime(r.entry.at) },
  { header: words.actor, width: 24, value: (r) => r.entry.actorName || words.system },
  { header: words.action, width: 34, value: (r) => r.text.action },
  {
    header: words.entity,
    width: 40,
    value: (r) => (r.text.subject ? `${r.text.objectType}: ${r.text.subject}` : r.text.objectType),
  },
  { header: words.changes, width: 80, value: (r) => auditTextLines(r.text, vi).join('\n') },
];

/** "(từ 01/03/2020 · đến 31/03/2020 · Người thực hiện: … · Loại đối tượng: …)" — what was filtered. */
function filterNote(filter: AuditFilter, actorName: string | null): string {
  const parts = [
    filter.from && `${words.from} ${formatDate(filter.from)}`,
    filter.to && `${words.to} ${formatDate(filter.to)}`,
    actorName && `${words.filterActor}: ${actorName}`,
    filter.entityType && `${words.filterType}: ${auditTypeLabel(vi, filter.entityType)}`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(' · ')})` : '';
}

export function exportAuditXlsx(
  page: AuditListView,
  opts: { organizationName: string; filter: AuditFilter; actorName: string | null },
): Promise<Buffer> {
  const rows = page.items.map((entry) => ({
    entry,
    text: describeAuditEntry(entry, page.names, vi, Number.MAX_SAFE_INTEGER),
  }));
  const title =
    fill(words.exportTitle, { organization: opts.organizationName }) +
    filterNote(opts.filter, opts.actorName);
  return listWorkbook(rows, { title, sheetName: words.title, columns: COLUMNS });
}
