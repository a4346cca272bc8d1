import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDateTime, truncate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { AuditChanges, useActionLabel, useEntityTypeLabel } from './audit-changes';
import { entityName } from './audit-diff';
import { useAuditPages } from './queries';

const ENTITY_TYPES = ['conference', 'milestone', 'unit', 'user', 'organization'] as const;

/** Nhật ký thay đổi: every change in the organization, newest first, with before → after. */
export function AuditPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const actionLabel = useActionLabel();
  const typeLabel = useEntityTypeLabel();
  const [entityType, setEntityType] = useState<string | null>(null);
  usePageTitle(t('audit.title'));
  const orgId = organization?.id;
  const q = useAuditPages(orgId, entityType, !!organization?.permissions.canReadAudit);

  if (!organization) return <PageLoader />;
  if (!organization.permissions.canReadAudit) return <Alert color="gray">{t('audit.forbidden')}</Alert>;
  const entries = q.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <PageHeader
        title={t('audit.title')}
        help={organization.name}
        actions={
          <Select
            label={t('audit.filterType')}
            placeholder={t('audit.allTypes')}
            clearable
            data={ENTITY_TYPES.map((v) => ({ value: v, label: typeLabel(v) }))}
            value={entityType}
            onChange={setEntityType}
            w={220}
          />
        }
      />
      {q.isLoading && <PageLoader />}
      {q.error && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {!q.isLoading && entries.length === 0 && <Alert color="gray">{t('audit.empty')}</Alert>}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="sm" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t('audit.at')}</Table.Th>
                <Table.Th w={160}>{t('audit.actor')}</Table.Th>
                <Table.Th w={170}>{t('audit.action')}</Table.Th>
                <Table.Th w={220}>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actorName}</Table.Td>
                  <Table.Td>{actionLabel(e.action)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {typeLabel(e.entityType)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {truncate(entityName(e.after ?? e.before), 70)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <AuditChanges entry={e} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
