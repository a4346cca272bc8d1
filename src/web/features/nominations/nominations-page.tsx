import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Pagination,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import {
  GENDERS,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  OCCUPATION_GROUPS,
} from '../../../shared/schemas/nominations';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api, downloadFile } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import type { NominationCounts, NominationListItem } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { NominationsNav, ReasonModal, StatusBadge, useConferenceRole } from './parts';
import {
  filtersQuery,
  invalidateNominationData,
  type NominationFilters,
  useAwardForms,
  useNominations,
  useQuotaGrid,
} from './queries';

const PAGE = 50;
const FILTER_KEYS = ['unitId', 'awardFormId', 'status', 'occupationGroup', 'gender', 'kind'] as const;

/** Danh sách đề nghị (office and council): filters, search, counts, review actions, export. */
export function NominationsPage() {
  const { conference, role } = useConferenceRole();
  if (conference.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (!role.isStaff && role.myUnitId)
    return <Navigate to={`/conferences/${conference.data.id}/units/${role.myUnitId}`} replace />;
  if (!role.isStaff) return <ErrorState error={new ApiError(403, 'FORBIDDEN', '')} />;
  return (
    <Stack gap="md">
      <NominationsNav conference={conference.data} active="list" role={role} />
      <NominationsList conferenceId={conference.data.id} />
    </Stack>
  );
}

function NominationsList({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const [acting, setActing] = useState<{ n: NominationListItem; action: 'return' | 'reject' } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  usePageTitle(t('nom.list.title'));

  const filters: NominationFilters = {
    ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined])) as NominationFilters),
    q: params.get('q') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);

  const setParam = (key: string, value: string | null) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the query
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced.trim()) setParam('q', debounced.trim() || null);
  }, [debounced]);

  const list = useNominations(conferenceId, filters, { limit: PAGE, offset: (page - 1) * PAGE });
  const forms = useAwardForms(conferenceId);
  const grid = useQuotaGrid(conferenceId);
  const unitName = (id: string) => grid.data?.units.find((u) => u.id === id)?.name ?? id;
  const formName = (id: string) => forms.data?.items.find((f) => f.id === id)?.name ?? id;

  const act = async (n: NominationListItem, action: 'accept' | 'return' | 'reject', reason?: string) => {
    setBusy(`${n.id}:${action}`);
    try {
      await api('POST', `/api/conferences/${conferenceId}/nominations/${n.id}/${action}`, {
        version: n.version,
        reason,
      });
      await invalidateNominationData(qc, conferenceId);
      const done = { accept: 'accepted', return: 'returned', reject: 'rejected' } as const;
      notifications.show({ color: 'green', message: `${t(`nom.detail.${done[action]}`)}: ${n.name}` });
      setActing(null);
    } catch (err) {
      const message = err instanceof ApiError ? err.message : t('errors.generic');
      if (reason !== undefined) throw new Error(message);
      notifications.show({ color: 'red', message });
      void invalidateNominationData(qc, conferenceId);
    } finally {
      setBusy(null);
    }
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadFile(
        `/api/conferences/${conferenceId}/nominations/export.xlsx${filtersQuery(filters)}`,
        'Danh-sach-de-nghi.xlsx',
      );
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
    } finally {
      setExporting(false);
    }
  };

  const data = list.data;
  const anyActions = (data?.items ?? []).some(
    (n) => n.permissions.canAccept || n.permissions.canReturn || n.permissions.canReject,
  );
  const hasFilters = FILTER_KEYS.some((k) => params.get(k)) || !!params.get('q');
  const selects: {
    key: (typeof FILTER_KEYS)[number];
    label: string;
    data: { value: string; label: string }[];
  }[] = [
    {
      key: 'unitId',
      label: t('nom.list.unit'),
      data: (grid.data?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
    },
    {
      key: 'awardFormId',
      label: t('nom.list.form'),
      data: (forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name })),
    },
    {
      key: 'status',
      label: t('nom.list.status'),
      data: NOMINATION_STATUSES.map((s) => ({ value: s, label: t(`nom.status.${s}`) })),
    },
    {
      key: 'occupationGroup',
      label: t('nom.list.occupationGroup'),
      data: OCCUPATION_GROUPS.map((g) => ({ value: g, label: t(`nom.occupationGroup.${g}`) })),
    },
    {
      key: 'gender',
      label: t('nom.list.gender'),
      data: GENDERS.map((g) => ({ value: g, label: t(`nom.gender.${g}`) })),
    },
    {
      key: 'kind',
      label: t('nom.list.kind'),
      data: NOMINATION_KINDS.map((k) => ({ value: k, label: t(`nom.kind.${k}`) })),
    },
  ];

  const actions = (n: NominationListItem) => {
    const p = n.permissions;
    if (!p.canAccept && !p.canReturn && !p.canReject) return null;
    return (
      <Group gap={4} wrap="wrap">
        {p.canAccept && (
          <Button
            size="compact-sm"
            color="green"
            loading={busy === `${n.id}:accept`}
            onClick={() => void act(n, 'accept')}
            aria-label={`${t('nom.detail.accept')}: ${n.name}`}
          >
            {t('nom.detail.accept')}
          </Button>
        )}
        {p.canReturn && (
          <Button
            size="compact-sm"
            variant="light"
            color="orange"
            onClick={() => setActing({ n, action: 'return' })}
            aria-label={`${t('nom.detail.return')}: ${n.name}`}
          >
            {t('nom.detail.return')}
          </Button>
        )}
        {p.canReject && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => setActing({ n, action: 'reject' })}
            aria-label={`${t('nom.detail.reject')}: ${n.name}`}
          >
            {t('nom.detail.reject')}
          </Button>
        )}
      </Group>
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('nom.list.title')}
          </Title>
          {data && (
            <Text c="dimmed" size="sm" data-testid="nominations-total">
              {t('nom.list.total', { count: data.total })}
            </Text>
          )}
        </div>
        <Button variant="light" onClick={() => void exportXlsx()} loading={exporting}>
          {t('nom.list.export')}
        </Button>
      </Group>

      <TextInput
        label={t('nom.list.search')}
        description={t('nom.list.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        type="search"
        size="md"
      />
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm">
        {selects.map((s) => (
          <Select
            key={s.key}
            label={s.label}
            placeholder={t('nom.list.all')}
            data={s.data}
            value={params.get(s.key)}
            onChange={(v) => setParam(s.key, v)}
            clearable
            searchable={s.data.length > 8}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </SimpleGrid>
      {hasFilters && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setSearch('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('nom.list.clear')}
          </Button>
        </Group>
      )}

      {data && (
        <CountsPanel
          counts={data.counts}
          unitName={unitName}
          formName={formName}
          onStatus={(s) => setParam('status', s)}
        />
      )}

      {list.isLoading && <PageLoader />}
      {list.error && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {data && data.items.length === 0 && <Alert color="gray">{t('nom.list.empty')}</Alert>}

      {data && data.items.length > 0 && (
        <>
          <Stack hiddenFrom="md" gap="sm">
            {data.items.map((n) => (
              <Card key={n.id} withBorder padding="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Anchor
                      component={Link}
                      to={`/conferences/${conferenceId}/nominations/${n.id}`}
                      fw={700}
                      fz="lg"
                    >
                      {n.name}
                    </Anchor>
                    <Text size="sm">{n.unitName}</Text>
                    <Text size="sm" c="dimmed">
                      {n.awardFormName}
                    </Text>
                  </div>
                  <StatusBadge status={n.status} />
                </Group>
                {n.returnReason && (
                  <Text size="sm" c="orange.9" mt={4}>
                    {n.returnReason}
                  </Text>
                )}
                <Group mt="sm">{actions(n)}</Group>
              </Card>
            ))}
          </Stack>
          <Table.ScrollContainer minWidth={anyActions ? 1150 : 960} visibleFrom="md">
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="nominations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th miw={170}>{t('nom.list.name')}</Table.Th>
                  <Table.Th miw={120}>{t('nom.list.unit')}</Table.Th>
                  <Table.Th miw={200}>{t('nom.list.form')}</Table.Th>
                  <Table.Th>{t('nom.list.gender')}</Table.Th>
                  <Table.Th>{t('nom.list.birthYear')}</Table.Th>
                  <Table.Th miw={130}>{t('nom.list.occupationGroup')}</Table.Th>
                  <Table.Th miw={130}>{t('nom.list.status')}</Table.Th>
                  <Table.Th>{t('nom.list.submittedAt')}</Table.Th>
                  {anyActions && <Table.Th w={190}>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/conferences/${conferenceId}/nominations/${n.id}`}
                        fw={600}
                      >
                        {n.name}
                      </Anchor>
                      {n.kind === 'collective' && (
                        <Badge size="xs" variant="outline" color="gray" ml={6}>
                          {t('nom.kind.collective')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{n.unitName}</Table.Td>
                    <Table.Td>{n.awardFormName}</Table.Td>
                    <Table.Td>{n.gender ? t(`nom.gender.${n.gender}`) : ''}</Table.Td>
                    <Table.Td>{n.birthYear ?? ''}</Table.Td>
                    <Table.Td>
                      {n.occupationGroup ? t(`nom.occupationGroup.${n.occupationGroup}`) : ''}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={n.status} />
                      {n.returnReason && (
                        <Text size="xs" c="dimmed" mt={2} maw={220}>
                          {n.returnReason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(n.submittedAt)}</Table.Td>
                    {anyActions && <Table.Td>{actions(n)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total > PAGE && (
            <Pagination
              total={Math.ceil(data.total / PAGE)}
              value={page}
              onChange={(p) => setParam('page', String(p))}
              aria-label={t('nom.list.page')}
            />
          )}
        </>
      )}

      {acting && (
        <ReasonModal
          title={t(acting.action === 'return' ? 'nom.reason.returnTitle' : 'nom.reason.rejectTitle', {
            name: acting.n.name,
          })}
          confirmLabel={t(acting.action === 'return' ? 'nom.detail.return' : 'nom.detail.reject')}
          color={acting.action === 'return' ? 'orange' : 'red'}
          onConfirm={(reason) => act(acting.n, acting.action, reason)}
          onClose={() => setActing(null)}
        />
      )}
    </Stack>
  );
}

/** Thống kê: counts by status (click to filter), unit, form, gender, occupation group. */
function CountsPanel({
  counts,
  unitName,
  formName,
  onStatus,
}: {
  counts: NominationCounts;
  unitName: (id: string) => string;
  formName: (id: string) => string;
  onStatus: (status: string) => void;
}) {
  const { t } = useTranslation();
  const label = (group: 'gender' | 'occupationGroup', key: string) =>
    key === 'none' ? t('nom.list.noValue') : t(`nom.${group}.${key}` as 'nom.gender.male');
  const groups: { key: string; title: string; rows: [string, number][] }[] = [
    {
      key: 'unit',
      title: t('nom.list.byUnit'),
      rows: Object.entries(counts.byUnit).map(([k, v]) => [unitName(k), v]),
    },
    {
      key: 'form',
      title: t('nom.list.byForm'),
      rows: Object.entries(counts.byForm).map(([k, v]) => [formName(k), v]),
    },
    {
      key: 'gender',
      title: t('nom.list.byGender'),
      rows: Object.entries(counts.byGender).map(([k, v]) => [label('gender', k), v]),
    },
    {
      key: 'occupation',
      title: t('nom.list.byOccupationGroup'),
      rows: Object.entries(counts.byOccupationGroup).map(([k, v]) => [label('occupationGroup', k), v]),
    },
  ];
  return (
    <Stack gap="xs">
      <Group gap={6} data-testid="status-counts">
        {NOMINATION_STATUSES.filter((s) => counts.byStatus[s]).map((s) => (
          <Button key={s} size="compact-sm" variant="default" onClick={() => onStatus(s)}>
            {t(`nom.status.${s}`)}: <b style={{ marginLeft: 4 }}>{counts.byStatus[s]}</b>
          </Button>
        ))}
      </Group>
      <Accordion variant="separated">
        <Accordion.Item value="counts">
          <Accordion.Control>{t('nom.list.counts')}</Accordion.Control>
          <Accordion.Panel>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="counts">
              {groups.map((g) => (
                <div key={g.key}>
                  <Text fw={700} size="sm" mb={4}>
                    {g.title}
                  </Text>
                  <Table verticalSpacing={2} fz="sm">
                    <Table.Tbody>
                      {g.rows
                        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))
                        .map(([name, n]) => (
                          <Table.Tr key={name}>
                            <Table.Td>{name}</Table.Td>
                            <Table.Td ta="right" fw={600}>
                              {n}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                    </Table.Tbody>
                  </Table>
                </div>
              ))}
            </SimpleGrid>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
