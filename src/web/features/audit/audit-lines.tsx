import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/i18n/vi';
import { type AuditNames, type AuditText, describeAuditEntry } from '../../../shared/rules/audit-text';
import type { AuditEntryView } from '../../../shared/schemas/audit';
import './catalog';

/** The current language's catalog, for the shared audit words (shared/rules/audit-text.ts). */
export function useCatalog(): Catalog {
  const { i18n } = useTranslation();
  return (i18n.getResourceBundle(i18n.language, 'translation') ??
    i18n.getResourceBundle('vi', 'translation')) as Catalog;
}

/** Puts an entry into words, in the current language: what the audit page and history panels show. */
export function useAuditWords(): (entry: AuditEntryView, names: AuditNames) => AuditText {
  const catalog = useCatalog();
  return (entry, names) => describeAuditEntry(entry, names, catalog);
}

/** "Trạng thái: ~~Đã gửi~~ → Bị trả lại" — the lines of one entry. */
export function AuditLines({ text }: { text: AuditText }) {
  const { t } = useTranslation();
  if (text.lines.length === 0) return null;
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false} data-testid="audit-lines">
      {text.lines.map((l, i) => (
        // lines of one entry never reorder; the index keeps two lines with the same label apart
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list
        <List.Item key={i}>
          <Text span fw={600} size="sm">
            {l.label}:
          </Text>{' '}
          {l.before !== undefined && (
            <>
              <Text span size="sm" c="dimmed" td="line-through">
                {l.before}
              </Text>{' '}
              →{' '}
            </>
          )}
          <Text span size="sm">
            {l.after}
          </Text>
        </List.Item>
      ))}
      {text.more > 0 && (
        <List.Item>
          <Text size="sm" c="dimmed">
            {t('audit.more', { count: text.more })}
          </Text>
        </List.Item>
      )}
    </List>
  );
}
