import { List, Text } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { viPlan } from '../../../shared/i18n/vi-plan';
import type { AuditEntryView } from '../../../shared/schemas/audit';
import { formatDate, formatDateTime, truncate } from '../../lib/format';
import { diffSnapshots } from './audit-diff';

/** Path segments that have a label elsewhere in the catalog. */
const SEGMENT_LABELS: Record<string, ParseKeys> = {
  startDate: 'audit.fields.startDate',
  endDate: 'audit.fields.endDate',
  title: 'audit.fields.title',
  responsible: 'audit.fields.responsible',
  done: 'audit.fields.done',
  type: 'audit.fields.type',
  headName: 'audit.fields.headName',
  phone: 'audit.fields.phone',
  fullName: 'audit.fields.fullName',
  isActive: 'audit.fields.isActive',
  roles: 'audit.fields.roles',
  parentName: 'audit.fields.parentName',
  place: 'audit.fields.place',
  label: 'audit.fields.name',
  delegateRules: 'planEdit.delegates',
  speechRule: 'planEdit.speeches',
  parts: 'planField.speechParts',
  total: 'planField.speechTotal',
  delegationQuota: 'planEdit.delegation',
  performanceAllocations: 'planEdit.performances',
  agendaTemplate: 'planEdit.agenda',
  reportOutline: 'planEdit.report',
  signer: 'overview.signer',
  key: 'planField.categoryKey',
  unitName: 'planField.allocationName',
  note: 'planField.delegateNote',
  intro: 'planField.reportIntro',
  kind: 'planField.agendaKind',
};

const MAX_LINES = 8;

export function AuditChanges({ entry }: { entry: AuditEntryView }) {
  const { t, i18n } = useTranslation();

  const segment = (s: string | number): string => {
    if (typeof s === 'number') return `#${s + 1}`;
    const key = SEGMENT_LABELS[s];
    if (key) return t(key) as string;
    if (i18n.exists(`audit.fields.${s}`)) return t(`audit.fields.${s}` as ParseKeys) as string;
    if (s in viPlan) return t(`planField.${s as keyof typeof viPlan}`);
    if (s === 'name') return t('audit.fields.name');
    return s;
  };

  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '∅';
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
      if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDateTime(v, true);
      return `“${truncate(v, 90)}”`;
    }
    if (typeof v === 'number') return String(v);
    return truncate(JSON.stringify(v), 90);
  };

  if (!entry.before && entry.after) return <Text size="sm">{t('audit.created')}</Text>;
  if (entry.before && !entry.after) return <Text size="sm">{t('audit.deleted')}</Text>;
  const changes = diffSnapshots(entry.before, entry.after);
  if (changes.length === 0) return <Text size="sm">–</Text>;
  const shown = changes.slice(0, MAX_LINES);
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {shown.map((c) => (
        <List.Item key={c.path.join('.')}>
          <Text span fw={600} size="sm">
            {c.path.map(segment).join(' › ')}:
          </Text>{' '}
          <Text span size="sm" c="dimmed" td="line-through">
            {value(c.before)}
          </Text>{' '}
          →{' '}
          <Text span size="sm">
            {value(c.after)}
          </Text>
        </List.Item>
      ))}
      {changes.length > MAX_LINES && (
        <List.Item>
          <Text size="sm" c="dimmed">
            {t('audit.more', { count: changes.length - MAX_LINES })}
          </Text>
        </List.Item>
      )}
    </List>
  );
}

/** "Sửa mốc thời gian" — the action in the current language, or its code when unknown. */
export function useActionLabel() {
  const { t, i18n } = useTranslation();
  return (action: string): string => {
    const key = `audit.actions.${action}`;
    return i18n.exists(key) ? (t(key as ParseKeys) as string) : action;
  };
}

export function useEntityTypeLabel() {
  const { t, i18n } = useTranslation();
  return (type: string): string => {
    const key = `audit.entityType.${type}`;
    return i18n.exists(key) ? (t(key as ParseKeys) as string) : type;
  };
}
