import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quotaTotals, validateQuotaGrid } from '../../../shared/rules/quota-grid';
import type { QuotaGridView } from '../../../shared/schemas/quotas';
import { ConflictAlert } from '../../components/conflict-alert';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { NominationsNav, useConferenceRole } from '../nominations/parts';
import { quotasKey, useQuotaGrid } from '../nominations/queries';
import { TransferModal } from './transfer-modal';

type Num = number | string;
const key = (unitId: string, formId: string) => `${unitId}|${formId}`;
const toNumber = (v: Num | undefined) => (v === '' || v === undefined ? 0 : Number(v) || 0);

const sticky: React.CSSProperties = {
  position: 'sticky',
  left: 0,
  background: 'var(--mantine-color-body)',
  zIndex: 1,
  minWidth: 'min(180px, 36vw)',
};

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
  return Object.fromEntries(g.cells.map((c) => [key(c.unitId, c.awardFormId), c.count]));
}

function GridEditor({ conferenceId, grid }: { conferenceId: string; grid: QuotaGridView }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const canManage = grid.permissions.canManage;
  const [base, setBase] = useState<QuotaGridView>(grid);
  const [draft, setDraft] = useState<Record<string, Num>>(() => draftOf(grid));
  const [total, setTotal] = useState<Num>(grid.quotaTotal ?? '');
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<QuotaGridView | null>(null);
  const [saving, setSaving] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);

  const cellOf = useMemo(() => new Map(base.cells.map((c) => [key(c.unitId, c.awardFormId), c])), [base]);
  const changed = base.units.flatMap((u) =>
    base.forms
      .filter((f) => {
        const k = key(u.id, f.id);
        return toNumber(draft[k]) !== (cellOf.get(k)?.count ?? 0);
      })
      .map((f) => ({ unitId: u.id, awardFormId: f.id })),
  );
  const totalChanged = (total === '' ? null : Number(total)) !== base.quotaTotal;
  const dirty = changed.length > 0 || totalChanged;

  // A fresh grid from the server (after a save or a transfer) replaces the form when nothing is edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new server grid triggers this
  useEffect(() => {
    if (grid !== base && !dirty) {
      setBase(grid);
      setDraft(draftOf(grid));
      setTotal(grid.quotaTotal ?? '');
    }
  }, [grid]);

  const unitName = (id: string) => base.units.find((u) => u.id === id)?.name ?? id;
  const formName = (id: string) => base.forms.find((f) => f.id === id)?.name ?? id;
  const allCells = base.units.flatMap((u) =>
    base.forms.map((f) => ({
      unitId: u.id,
      awardFormId: f.id,
      count: toNumber(draft[key(u.id, f.id)]),
      used: cellOf.get(key(u.id, f.id))?.used ?? 0,
    })),
  );
  const totals = quotaTotals(allCells);
  const quotaTotal = total === '' ? null : Number(total);
  const issues = validateQuotaGrid({ quotaTotal, cells: allCells, unitName, formName });
  const cellIssue = new Map(
    issues
      .filter((i) => i.path.startsWith('cells.'))
      .map((i) => {
        const c = allCells[Number(i.path.split('.')[1])];
        return [c ? key(c.unitId, c.awardFormId) : '', i.message];
      }),
  );
  const over = quotaTotal !== null && totals.overall > quotaTotal;

  const reset = (g: QuotaGridView) => {
    setBase(g);
    setDraft(draftOf(g));
    setTotal(g.quotaTotal ?? '');
    setServerErrors({});
    setProblem(null);
  };

  const save = async () => {
    setProblem(null);
    setServerErrors({});
    setConflict(null);
    if (issues.length > 0) {
      setProblem(t('nom.quota.issues'));
      return;
    }
    const cells = changed.map((c) => {
      const k = key(c.unitId, c.awardFormId);
      return { ...c, count: toNumber(draft[k]), version: cellOf.get(k)?.version ?? 0 };
    });
    setSaving(true);
    try {
      const next = await api<QuotaGridView>('PUT', `/api/conferences/${conferenceId}/quotas`, {
        quotaTotal,
        cells,
      });
      qc.setQueryData(quotasKey(conferenceId), next);
      reset(next);
      void qc.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ color: 'green', message: t('nom.quota.saved') });
    } catch (err) {
      if (err instanceof ApiError && err.isConflict) setConflict(err.current as QuotaGridView);
      else if (err instanceof ApiError) {
        const byCell: Record<string, string> = {};
        for (const [path, message] of Object.entries(err.fields)) {
          const m = /^cells\.(\d+)\./.exec(path);
          const c = m ? cells[Number(m[1])] : undefined;
          byCell[c ? key(c.unitId, c.awardFormId) : path] = message;
        }
        setServerErrors(byCell);
        setProblem(err.message);
      } else setProblem(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  if (base.forms.length === 0) return <Alert color="gray">{t('nom.quota.noForms')}</Alert>;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('nom.quota.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('nom.quota.fillHelp')}
          </Text>
        </div>
        {canManage && (
          <Button
            variant="light"
            onClick={() => setTransferOpen(true)}
            disabled={dirty}
            title={dirty ? t('nom.quota.transferUnsaved') : undefined}
          >
            {t('nom.quota.transfer')}
          </Button>
        )}
      </Group>
      {!canManage && <Alert color="gray">{t('nom.quota.readOnly')}</Alert>}

      <Paper withBorder p="md">
        <Group align="flex-end" gap="md">
          {canManage ? (
            <NumberInput
              label={t('nom.quota.quotaTotal')}
              description={t('nom.quota.quotaTotalHelp')}
              value={total}
              onChange={setTotal}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              w={220}
              error={serverErrors.quotaTotal}
            />
          ) : (
            <Text>
              {t('nom.quota.quotaTotal')}: <b>{base.quotaTotal ?? '—'}</b>
            </Text>
          )}
          <Badge
            size="xl"
            tt="none"
            color={over ? 'red' : 'blue'}
            variant="light"
            data-testid="quota-overall"
          >
            {quotaTotal === null
              ? t('nom.quota.allocated', { overall: totals.overall })
              : t('nom.quota.allocatedOf', { overall: totals.overall, total: quotaTotal })}
          </Badge>
          <Badge size="xl" tt="none" color="gray" variant="light">
            {t('nom.quota.used', { used: base.usedTotals.overall })}
          </Badge>
        </Group>
      </Paper>

      {conflict && (
        <ConflictAlert
          current={<Text size="sm">{t('nom.quota.allocated', { overall: conflict.totals.overall })}</Text>}
          onReload={() => {
            qc.setQueryData(quotasKey(conferenceId), conflict);
            reset(conflict);
            setConflict(null);
          }}
        />
      )}
      {(issues.length > 0 || problem) && !conflict && (
        <Alert color="red" title={t('nom.quota.issues')} role="alert">
          <List size="sm">
            {issues.map((i) => (
              <List.Item key={i.path}>{i.message}</List.Item>
            ))}
            {problem && issues.length === 0 && <List.Item>{problem}</List.Item>}
          </List>
        </Alert>
      )}

      <Table.ScrollContainer minWidth={250 + base.forms.length * 86}>
        <Table withTableBorder withColumnBorders verticalSpacing={6} data-testid="quota-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={sticky}>{t('nom.quota.unit')}</Table.Th>
              {base.forms.map((f) => (
                <Table.Th key={f.id} ta="center" style={{ minWidth: 84, verticalAlign: 'bottom' }}>
                  <Tooltip label={f.name} multiline w={240} withArrow>
                    <div>
                      <Text size="sm" fw={700}>
                        {f.code}
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {f.name}
                      </Text>
                    </div>
                  </Tooltip>
                </Table.Th>
              ))}
              <Table.Th ta="center">{t('nom.quota.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {base.units.map((u) => (
              <Table.Tr key={u.id} data-unit={u.name}>
                <Table.Th scope="row" style={sticky} fw={600}>
                  {u.name}
                </Table.Th>
                {base.forms.map((f) => {
                  const k = key(u.id, f.id);
                  const used = cellOf.get(k)?.used ?? 0;
                  const count = toNumber(draft[k]);
                  const err = cellIssue.get(k) ?? serverErrors[k];
                  const edited = count !== (cellOf.get(k)?.count ?? 0);
                  return (
                    <Table.Td key={f.id} ta="center" bg={edited ? 'yellow.0' : undefined} data-form={f.code}>
                      {canManage ? (
                        <NumberInput
                          aria-label={t('nom.quota.cellLabel', { unit: u.name, form: f.name })}
                          value={draft[k] ?? ''}
                          onChange={(v) => setDraft((d) => ({ ...d, [k]: v }))}
                          min={0}
                          allowDecimal={false}
                          allowNegative={false}
                          hideControls
                          size="sm"
                          w={56}
                          mx="auto"
                          styles={{ input: { textAlign: 'center' } }}
                          error={err ? true : undefined}
                          title={err}
                        />
                      ) : null}
                      <Text
                        size="xs"
                        c={err ? 'red' : used >= count && count > 0 ? 'green.8' : 'dimmed'}
                        fw={used > 0 ? 700 : undefined}
                        data-testid="cell-fill"
                        mt={canManage ? 2 : 0}
                      >
                        {count > 0 || used > 0 ? `${used}/${count}` : '–'}
                      </Text>
                    </Table.Td>
                  );
                })}
                <Table.Td ta="center" fw={700}>
                  {base.usedTotals.byUnit[u.id] ?? 0}/{totals.byUnit[u.id] ?? 0}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th style={sticky}>{t('nom.quota.total')}</Table.Th>
              {base.forms.map((f) => (
                <Table.Th key={f.id} ta="center">
                  {base.usedTotals.byForm[f.id] ?? 0}/{totals.byForm[f.id] ?? 0}
                </Table.Th>
              ))}
              <Table.Th ta="center" c={over ? 'red' : undefined}>
                {base.usedTotals.overall}/{totals.overall}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>

      {canManage && (
        <Paper
          withBorder
          shadow={dirty ? 'md' : undefined}
          p="xs"
          style={{ position: 'sticky', bottom: 8, zIndex: 2 }}
        >
          <Group justify="flex-end" gap="sm">
            {dirty && (
              <Badge color="yellow" variant="filled" size="lg" tt="none">
                {t('nom.quota.unsaved', { count: changed.length + (totalChanged ? 1 : 0) })}
              </Badge>
            )}
            <Button variant="default" disabled={!dirty} onClick={() => reset(base)}>
              {t('nom.quota.reset')}
            </Button>
            <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
              {t('nom.quota.save')}
            </Button>
          </Group>
        </Paper>
      )}

      {transferOpen && (
        <TransferModal conferenceId={conferenceId} grid={base} onClose={() => setTransferOpen(false)} />
      )}
    </Stack>
  );
}
