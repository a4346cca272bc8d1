import { Alert, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../shared/schemas/organizations';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { useCurrentOrg } from '../../lib/current-org';
import { usePageTitle } from '../../lib/use-page-title';
import { useLinkCandidates, useUnits } from './queries';
import { UnitLinkModal } from './unit-link-modal';
import { DeleteUnitModal, UnitModal } from './unit-modal';
import { UnitOrderButtons, useUnitOrder } from './unit-order-buttons';

type Editing = { kind: 'edit' | 'delete' | 'link'; unit: UnitView } | { kind: 'new' } | null;

/** Đơn vị: staff see all units; a unit head sees only their own. Only allowed actions show. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const { data, isLoading, error, refetch } = useUnits(organization?.id);
  const order = useUnitOrder(organization?.id ?? '', data?.items ?? []);
  const [editing, setEditing] = useState<Editing>(null);
  // the organizers a unit may stand for: only for those who manage the units
  const candidates = useLinkCandidates(organization?.id, !!data?.permissions.canCreate);
  const orgName = new Map((candidates.data?.items ?? []).map((o) => [o.id, o.name]));
  usePageTitle(t('units.title'));
  if (isLoading || !organization) return <PageLoader />;
  if (error || !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  // in the organizer's order, as the server lists them
  const units = data.items;
  const canOrder = data.permissions.canCreate && units.length > 1;

  const actions = (u: UnitView) => (
    <Group gap={4} wrap="nowrap">
      {u.permissions.canEdit && (
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => setEditing({ kind: 'edit', unit: u })}
          aria-label={`${t('common.edit')} ${u.name}`}
        >
          {t('common.edit')}
        </Button>
      )}
      {/* a tổ dân phố never stands for an organizer: no link for it */}
      {u.permissions.canEdit && candidates.data && u.type !== 'residential_group' && (
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setEditing({ kind: 'link', unit: u })}
          aria-label={t('units.linkAria', { name: u.name })}
        >
          {t('units.link')}
        </Button>
      )}
      {u.permissions.canDelete && (
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          onClick={() => setEditing({ kind: 'delete', unit: u })}
          aria-label={`${t('common.delete')} ${u.name}`}
        >
          {t('common.delete')}
        </Button>
      )}
    </Group>
  );
  const anyActions = units.some((u) => u.permissions.canEdit || u.permissions.canDelete);
  const showLinks = !!candidates.data && units.some((u) => u.linkedOrganizationId);

  return (
    <Stack>
      <PageHeader
        title={t('units.title')}
        help={`${organization.name} · ${t('units.count', { count: units.length })}`}
        align="center"
        actions={
          data.permissions.canCreate && (
            <Button onClick={() => setEditing({ kind: 'new' })}>{t('units.add')}</Button>
          )
        }
      />
      {units.length === 0 && <Alert color="gray">{t('units.empty')}</Alert>}
      {order.error && (
        <Alert color="red" role="alert">
          {order.error}
        </Alert>
      )}

      {/* Phones: one card per unit. */}
      <Stack hiddenFrom="sm" gap="sm">
        {units.map((u, i) => (
          <Card key={u.id} withBorder padding="md">
            <Text fw={700} fz="lg">
              {u.name}
            </Text>
            <Badge variant="light" mt={4}>
              {t(`unitType.${u.type}`)}
            </Badge>
            {u.headName && (
              <Text size="md" mt="xs">
                {t('units.headName')}: {u.headName}
              </Text>
            )}
            {u.phone && (
              <Text size="md">
                {t('units.phone')}: <a href={`tel:${u.phone}`}>{u.phone}</a>
              </Text>
            )}
            {u.linkedOrganizationId && (
              <Text size="md">
                {t('units.linked')}: {orgName.get(u.linkedOrganizationId) ?? '…'}
              </Text>
            )}
            <Group mt="sm" justify="space-between">
              {actions(u)}
              {canOrder && <UnitOrderButtons unit={u} index={i} count={units.length} order={order} />}
            </Group>
          </Card>
        ))}
      </Stack>

      <Table.ScrollContainer minWidth={640} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="sm">
          <TableHead
            cells={[
              canOrder && { label: t('units.order'), w: 90 },
              t('units.name'),
              t('units.type'),
              t('units.headName'),
              t('units.phone'),
              showLinks && t('units.linked'),
              anyActions && t('common.actions'),
            ]}
          />
          <Table.Tbody>
            {units.map((u, i) => (
              <Table.Tr key={u.id}>
                {canOrder && (
                  <Table.Td>
                    <UnitOrderButtons unit={u} index={i} count={units.length} order={order} />
                  </Table.Td>
                )}
                <Table.Td fw={600}>{u.name}</Table.Td>
                <Table.Td>{t(`unitType.${u.type}`)}</Table.Td>
                <Table.Td>{u.headName}</Table.Td>
                <Table.Td>{u.phone}</Table.Td>
                {showLinks && (
                  <Table.Td data-testid="unit-linked">
                    {u.linkedOrganizationId ? (orgName.get(u.linkedOrganizationId) ?? '…') : ''}
                  </Table.Td>
                )}
                {anyActions && <Table.Td>{actions(u)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {editing?.kind === 'new' && (
        <UnitModal organizationId={organization.id} unit={null} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'edit' && (
        <UnitModal organizationId={organization.id} unit={editing.unit} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'link' && candidates.data && (
        <UnitLinkModal
          organizationId={organization.id}
          unit={editing.unit}
          candidates={candidates.data.items}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'delete' && (
        <DeleteUnitModal
          organizationId={organization.id}
          unit={editing.unit}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
