import { Alert, Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError } from '../../lib/api';
import { useBusyDownload } from '../../lib/use-busy-download';
import { usePageTitle } from '../../lib/use-page-title';
import { useEligibilityVerdicts } from '../eligibility/queries';
import { BulkAcceptBar, useAcceptSelection } from './bulk-accept';
import { CountsPanel } from './counts-panel';
import { FilterBar, useListParams } from './nomination-filters';
import { NominationCards, NominationsTable } from './nominations-table';
import { NominationsNav, useConferenceRole } from './parts';
import { filtersQuery, type NominationFilters, useAwardForms, useNominations, useQuotaGrid } from './queries';
import { useNominationAction } from './review-actions';

const PAGE = 50;

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
  const params = useListParams();
  const { page, filters, setParam } = params;
  usePageTitle(t('nom.list.title'));
  const list = useNominations(conferenceId, filters, { limit: PAGE, offset: (page - 1) * PAGE });
  const forms = useAwardForms(conferenceId);
  const grid = useQuotaGrid(conferenceId);
  const action = useNominationAction(conferenceId, { withName: true });
  const unitName = (id: string) => grid.data?.units.find((u) => u.id === id)?.name ?? id;
  const formName = (id: string) => forms.data?.items.find((f) => f.id === id)?.name ?? id;
  const data = list.data;
  // the register's verdict of the page's nominations: a "chưa đủ ĐK" badge by the name
  const verdicts = useEligibilityVerdicts(
    conferenceId,
    (data?.items ?? []).map((n) => n.id),
  );
  const ineligible = new Map(
    (verdicts.data?.items ?? [])
      .filter((v) => v.verdict === 'ineligible')
      .map((v) => [v.nominationId, v.reason]),
  );
  const selection = useAcceptSelection(data?.items ?? []);

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
        <Group gap="xs">
          <Button component={Link} to={`/conferences/${conferenceId}/upward-inbox`} variant="default">
            {t('up.inbox.open')}
          </Button>
          <ExportButton conferenceId={conferenceId} filters={filters} />
        </Group>
      </Group>

      <FilterBar
        list={params}
        units={(grid.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
        forms={(forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
      />

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
          <BulkAcceptBar cid={conferenceId} selection={selection} />
          <NominationCards
            conferenceId={conferenceId}
            items={data.items}
            action={action}
            selection={selection}
            ineligible={ineligible}
          />
          <NominationsTable
            conferenceId={conferenceId}
            items={data.items}
            action={action}
            selection={selection}
            ineligible={ineligible}
          />
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
    </Stack>
  );
}

/** Xuất Excel: the list as filtered. */
function ExportButton({ conferenceId, filters }: { conferenceId: string; filters: NominationFilters }) {
  const { t } = useTranslation();
  const [download, busy] = useBusyDownload();
  const exportXlsx = () =>
    download(
      'xlsx',
      `/api/conferences/${conferenceId}/nominations/export.xlsx${filtersQuery(filters)}`,
      'Danh-sach-de-nghi.xlsx',
    );
  return (
    <Button variant="light" onClick={exportXlsx} loading={busy !== null}>
      {t('common.exportExcel')}
    </Button>
  );
}
