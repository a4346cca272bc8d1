import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { viAudit } from '../../../shared/i18n/vi-audit';
import { auditTypeLabel } from '../../../shared/rules/audit-text';
import type { AuditFilter } from '../../../shared/schemas/audit';
import { DateField } from '../../components/date-field';
import { useDownload } from '../documents/queries';
import { useCatalog } from './audit-lines';
import { auditExportPath, useAuditActors } from './queries';

/** The object types a person can filter by, in the catalog's order. */
const ENTITY_TYPES = Object.keys(viAudit.entityType);

const KEYS = { actorUserId: 'nguoi', from: 'tu', to: 'den', entityType: 'loai' } as const;

/** The log's filters, kept in the address (a link shows the same entries). */
export function useAuditFilter() {
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = Object.fromEntries(
    Object.entries(KEYS).flatMap(([k, p]) => (params.get(p) ? [[k, params.get(p)]] : [])),
  );
  const set = (key: keyof typeof KEYS, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(KEYS[key], value);
        else next.delete(KEYS[key]);
        return next;
      },
      { replace: true },
    );
  const active = Object.keys(filter).length > 0;
  return { filter, set, active, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}
type Filters = ReturnType<typeof useAuditFilter>;

/** Người thực hiện · Từ ngày · Đến ngày · Loại đối tượng · Xuất Excel. */
export function AuditFilterBar({ orgId, filters }: { orgId: string; filters: Filters }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const actors = useAuditActors(orgId, true);
  const download = useDownload();
  const [exporting, setExporting] = useState(false);
  const { filter, set } = filters;
  const exportXlsx = () => {
    setExporting(true);
    void download(auditExportPath(orgId, filter), t('audit.exportFile')).finally(() => setExporting(false));
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" data-testid="audit-filters">
      <Select
        label={t('audit.filterActor')}
        placeholder={t('audit.allActors')}
        clearable
        searchable
        data={(actors.data?.items ?? []).map((a) => ({ value: a.userId, label: a.name }))}
        value={filter.actorUserId ?? null}
        onChange={(v) => set('actorUserId', v)}
        w={230}
      />
      <DateField label={t('audit.from')} value={filter.from ?? null} onChange={(v) => set('from', v)} />
      <DateField label={t('audit.to')} value={filter.to ?? null} onChange={(v) => set('to', v)} />
      <Select
        label={t('audit.filterType')}
        placeholder={t('audit.allTypes')}
        clearable
        searchable
        data={ENTITY_TYPES.map((v) => ({ value: v, label: auditTypeLabel(catalog, v) }))}
        value={filter.entityType ?? null}
        onChange={(v) => set('entityType', v)}
        w={240}
      />
      {filters.active && (
        <Button variant="subtle" onClick={filters.clear}>
          {t('audit.clearFilters')}
        </Button>
      )}
      <Button variant="light" onClick={exportXlsx} loading={exporting}>
        {t('common.exportExcel')}
      </Button>
    </Group>
  );
}
