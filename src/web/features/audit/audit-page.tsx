import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditListView } from '../../../shared/schemas/audit';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { AuditFilterBar, useAuditFilter } from './audit-filters';
import { AuditLines, useAuditWords } from './audit-lines';
import { useAuditPages } from './queries';

/** Nhật ký thay đổi: every change in the organization, newest first, in words; filtered, exported. */
export function AuditPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const filters = useAuditFilter();
  usePageTitle(t('audit.title'));
  const allowed = !!organization?.permissions.canReadAudit;
  const q = useAuditPages(organization?.id, filters.filter, allowed);

  if (!organization) return <PageLoader />;
  if (!allowed) return <Alert color="gray">{t('audit.forbidden')}</Alert>;
  const pages = q.data?.pages ?? [];

  return (
    <Stack>
      <PageHeader title={t('audit.title')} help={organization.name} />
      <AuditFilterBar orgId={organization.id} filters={filters} />
      {q.isLoading && <PageLoader />}
      {q.error && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {!q.isLoading && !q.error && pages.every((p) => p.items.length === 0) && (
        <Alert color="gray">{t(filters.active ? 'audit.emptyFiltered' : 'audit.empty')}</Alert>
      )}
      {pages.some((p) => p.items.length > 0) && <AuditTable pages={pages} />}
      {q.hasNextPage && (
        <Group>
          <Button variant="light" onClick={() => void q.fetchNextPage()} loading={q.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function AuditTable({ pages }: { pages: AuditListView[] }) {
  const { t } = useTranslation();
  const words = useAuditWords();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="sm" data-testid="audit-table">
        <TableHead
          cells={[
            { label: t('audit.at'), w: 140 },
            { label: t('audit.actor'), w: 160 },
            { label: t('audit.action'), w: 190 },
            { label: t('audit.entity'), w: 220 },
            t('audit.changes'),
          ]}
        />
        <Table.Tbody>
          {pages.flatMap((page) =>
            page.items.map((e) => {
              const text = words(e, page.names);
              return (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actorName || t('audit.system')}</Table.Td>
                  <Table.Td>{text.action}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {text.objectType}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {text.subject}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <AuditLines text={text} />
                  </Table.Td>
                </Table.Tr>
              );
            }),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
