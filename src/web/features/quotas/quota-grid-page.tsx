import { Alert, Badge, Button, Group, List, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type QuotaTotals, quotaTotals, validateQuotaGrid } from '../../../shared/rules/quota-grid';
import type { QuotaGridView } from '../../../shared/schemas/quotas';
import { ConflictAlert } from '../../components/conflict-alert';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { NominationsNav, useConferenceRole } from '../nominations/parts';
import { quotasKey, useQuotaGrid } from '../nominations/queries';
import { type QuotaGridSave, saveQuotaGrid } from './queries';
import { cellKey, type Num, QuotaTable, toNumber } from './quota-table';
import { TransferModal } from './transfer-modal';

/** Chỉ tiêu: units × award forms in one grid, totals live, "used/quota" per cell, save, transfer. */
export function QuotaGridPage() {
  const { t } = useTranslation();
  const { conferenceId, conference, role } = useConferenceRole();
  const grid = useQuotaGrid(conferenceId);
  usePageTitle(t('nom.quota.title'));
  if (conference.isLoading || grid.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (grid.error || !grid.data) return <ErrorState error={grid.error} onRetry={() => grid.refetch()} />;
  return (
    <Stack gap="md">
      <NominationsNav conference={conference.data} active="quotas" role={role} />
      <GridEditor conferenceId={conferenceId} grid={grid.data} />
    </Stack>
  );
}

function draftOf(g: QuotaGridView): Record<string, Num> {
  return Object.fromEntries(g.cells.map((c) => [cellKey(c.unitId, c.awardFormId), c.count]));
}

/** The grid as edited: the server's grid, the typed counts and total, what changed, what is wrong. */
function useGridDraft(grid: QuotaGridView) {
  const [base, setBase] = useState<QuotaGridView>(grid);
  const [draft, setDraft] = useState<Record<string, Num>>(() => draftOf(grid));
  const [total, setTotal] = useState<Num>(grid.quotaTotal ?? '');
  const cellOf = useMemo(() => new Map(base.cells.map((c) => [cellKey(c.unitId, c.awardFormId), c])), [base]);
  const changed = base.units.flatMap((u) =>
    base.forms
      .filter((f) => toNumber(draft[cellKey(u.id, f.id)]) !== (cellOf.get(cellKey(u.id, f.id))?.count ?? 0))
      .map((f) => ({ unitId: u.id, awardFormId: f.id })),
  );
  const totalChanged = (total === '' ? null : Number(total)) !== base.quotaTotal;
  const dirty = changed.length > 0 || totalChanged;
  const reset = (g: QuotaGridView) => {
    setBase(g);
    setDraft(draftOf(g));
    setTotal(g.quotaTotal ?? '');
  };
  // A fresh grid from the server (after a save or a transfer) replaces the form when nothing is edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new server grid triggers this
  useEffect(() => {
    if (grid !== base && !dirty) reset(grid);
  }, [grid]);

  const unitName = (id: string) => base.units.find((u) => u.id === id)?.name ?? id;
  const formName = (id: string) => base.forms.find((f) => f.id === id)?.name ?? id;
  const allCells = base.units.flatMap((u) =>
    base.forms.map((f) => ({
      unitId: u.id,
      awardFormId: f.id,
      count: toNumber(draft[cellKey(u.id, f.id)]),
      used: cellOf.get(cellKey(u.id, f.id))?.used ?? 0,
    })),
  );
  const quotaTotal = total === '' ? null : Number(total);
  const issues = validateQuotaGrid({ quotaTotal, cells: allCells, unitName, formName });
  const cellIssue = new Map(
    issues
      .filter((i) => i.path.startsWith('cells.'))
      .map((i) => {
        const c = allCells[Number(i.path.split('.')[1])];
        return [c ? cellKey(c.unitId, c.awardFormId) : '', i.message];
      }),
  );
  const totals = quotaTotals(allCells);
  const body = (): QuotaGridSave => ({
    quotaTotal,
    cells: changed.map((c) => {
      const k = cellKey(c.unitId, c.awardFormId);
      return { ...c, count: toNumber(draft[k]), version: cellOf.get(k)?.version ?? 0 };
    }),
  });
  const changes = changed.length + (totalChanged ? 1 : 0);
  return {
    base,
    draft,
    setDraft,
    total,
    setTotal,
    cellOf,
    dirty,
    changes,
    reset,
    issues,
    cellIssue,
    totals,
    quotaTotal,
    body,
  };
}

function GridEditor({ conferenceId, grid }: { conferenceId: string; grid: QuotaGridView }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const canManage = grid.permissions.canManage;
  const g = useGridDraft(grid);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);
  const sent = useRef<QuotaGridSave['cells']>([]);
  const save = useApiMutation<QuotaGridSave, QuotaGridView, QuotaGridView>({
    mutationFn: (body) => saveQuotaGrid(conferenceId, body),
    // the server's paths (cells.3.count) as the grid's cells
    form: {
      setErrors: (fields) => {
        const byCell: Record<string, string> = {};
        for (const [path, message] of Object.entries(fields)) {
          const c = /^cells\.(\d+)\./.exec(path) ? sent.current[Number(path.split('.')[1])] : undefined;
          byCell[c ? cellKey(c.unitId, c.awardFormId) : path] = message;
        }
        setServerErrors(byCell);
      },
    },
    successMessage: t('nom.quota.saved'),
    onSuccess: (next) => {
      qc.setQueryData(quotasKey(conferenceId), next);
      reload(next);
    },
  });
  const reload = (next: QuotaGridView) => {
    g.reset(next);
    setServerErrors({});
    setInvalid(false);
    save.clearFailure();
  };
  const submit = () => {
    setServerErrors({});
    setInvalid(g.issues.length > 0);
    if (g.issues.length > 0) return;
    const body = g.body();
    sent.current = body.cells;
    save.mutate(body);
  };
  const problem = invalid ? t('nom.quota.issues') : save.error;
  const over = g.quotaTotal !== null && g.totals.overall > g.quotaTotal;

  if (g.base.forms.length === 0) return <Alert color="gray">{t('nom.quota.noForms')}</Alert>;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nom.quota.title')}
        help={t('nom.quota.fillHelp')}
        actions={
          canManage && (
            <Button
              variant="light"
              onClick={() => setTransferOpen(true)}
              disabled={g.dirty}
              title={g.dirty ? t('nom.quota.transferUnsaved') : undefined}
            >
              {t('nom.quota.transfer')}
            </Button>
          )
        }
      />
      {!canManage && <Alert color="gray">{t('nom.quota.readOnly')}</Alert>}
      <QuotaSummary
        base={g.base}
        canManage={canManage}
        total={g.total}
        setTotal={g.setTotal}
        error={serverErrors.quotaTotal}
        quotaTotal={g.quotaTotal}
        totals={g.totals}
        over={over}
      />
      {save.conflict && (
        <ConflictAlert
          current={
            <Text size="sm">{t('nom.quota.allocated', { overall: save.conflict.totals.overall })}</Text>
          }
          onReload={() => {
            const current = save.conflict as QuotaGridView;
            qc.setQueryData(quotasKey(conferenceId), current);
            reload(current);
          }}
        />
      )}
      {(g.issues.length > 0 || problem) && !save.conflict && (
        <Alert color="red" title={t('nom.quota.issues')} role="alert">
          <List size="sm">
            {g.issues.map((i) => (
              <List.Item key={i.path}>{i.message}</List.Item>
            ))}
            {problem && g.issues.length === 0 && <List.Item>{problem}</List.Item>}
          </List>
        </Alert>
      )}
      <QuotaTable
        base={g.base}
        cellOf={g.cellOf}
        draft={g.draft}
        setDraft={g.setDraft}
        totals={g.totals}
        errorOf={(k) => g.cellIssue.get(k) ?? serverErrors[k]}
        canManage={canManage}
        over={over}
      />
      {canManage && (
        <Paper
          withBorder
          shadow={g.dirty ? 'md' : undefined}
          p="xs"
          style={{ position: 'sticky', bottom: 8, zIndex: 2 }}
        >
          <Group justify="flex-end" gap="sm">
            {g.dirty && (
              <Badge color="yellow" variant="filled" size="lg" tt="none">
                {t('nom.quota.unsaved', { count: g.changes })}
              </Badge>
            )}
            <Button variant="default" disabled={!g.dirty} onClick={() => reload(g.base)}>
              {t('nom.quota.reset')}
            </Button>
            <Button onClick={submit} loading={save.isPending} disabled={!g.dirty}>
              {t('nom.quota.save')}
            </Button>
          </Group>
        </Paper>
      )}
      {transferOpen && (
        <TransferModal conferenceId={conferenceId} grid={g.base} onClose={() => setTransferOpen(false)} />
      )}
    </Stack>
  );
}

/** Tổng chỉ tiêu (editable for the secretary) and the allocated / used badges. */
function QuotaSummary(p: {
  base: QuotaGridView;
  canManage: boolean;
  total: Num;
  setTotal: (v: Num) => void;
  error?: string;
  quotaTotal: number | null;
  totals: QuotaTotals;
  over: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Group align="flex-end" gap="md">
        {p.canManage ? (
          <NumberInput
            label={t('nom.quota.quotaTotal')}
            description={t('nom.quota.quotaTotalHelp')}
            value={p.total}
            onChange={p.setTotal}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            w={220}
            error={p.error}
          />
        ) : (
          <Text>
            {t('nom.quota.quotaTotal')}: <b>{p.base.quotaTotal ?? '—'}</b>
          </Text>
        )}
        <Badge
          size="xl"
          tt="none"
          color={p.over ? 'red' : 'blue'}
          variant="light"
          data-testid="quota-overall"
        >
          {p.quotaTotal === null
            ? t('nom.quota.allocated', { overall: p.totals.overall })
            : t('nom.quota.allocatedOf', { overall: p.totals.overall, total: p.quotaTotal })}
        </Badge>
        <Badge size="xl" tt="none" color="gray" variant="light">
          {t('nom.quota.used', { used: p.base.usedTotals.overall })}
        </Badge>
      </Group>
    </Paper>
  );
}
