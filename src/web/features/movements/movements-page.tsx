import { Alert, Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MovementView } from '../../../shared/schemas/movements';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { useCurrentOrg } from '../../lib/current-org';
import { usePageTitle } from '../../lib/use-page-title';
import { MovementModal } from './movement-modal';
import { MethodBadge, usePeriod } from './parts';
import { movementPath, useMovements } from './queries';

/** Phong trào thi đua: the organizer's movements, the latest first; who manages the register adds them. */
export function MovementsPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const list = useMovements(organization?.id);
  const period = usePeriod();
  const [adding, setAdding] = useState(false);
  usePageTitle(t('mov.title'));
  if (list.isLoading || !organization) return <PageLoader />;
  if (list.error || !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const items = list.data.items;
  const counts = (m: MovementView) =>
    t('mov.counts', {
      registrations: m.registrations.length,
      honours: m.honourCount,
      nominations: m.nominationCount,
    });
  const name = (m: MovementView) => (
    <Anchor component={Link} to={movementPath(m.id)} fw={600}>
      {m.name}
    </Anchor>
  );

  return (
    <Stack>
      <PageHeader
        title={t('mov.title')}
        help={t('mov.help')}
        actions={
          list.data.permissions.canCreate && <Button onClick={() => setAdding(true)}>{t('mov.add')}</Button>
        }
      />
      {items.length === 0 && <Alert color="gray">{t('mov.empty')}</Alert>}

      {/* Phones: one card per movement. */}
      <Stack hiddenFrom="sm" gap="sm">
        {items.map((m) => (
          <Card key={m.id} withBorder padding="md" data-testid="movement-card">
            {name(m)}
            <Group gap={6} mt={4}>
              <MethodBadge method={m.method} />
              <Text size="sm">{period(m)}</Text>
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {t(`mov.launchLevel.${m.launchLevel}`)} · {counts(m)}
            </Text>
          </Card>
        ))}
      </Stack>

      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720} visibleFrom="sm">
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="movements-table">
            <TableHead
              cells={[
                t('mov.field.name'),
                t('mov.field.method'),
                t('mov.field.period'),
                t('mov.field.launchLevel'),
                t('mov.registrations.title'),
              ]}
            />
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{name(m)}</Table.Td>
                  <Table.Td>
                    <MethodBadge method={m.method} />
                  </Table.Td>
                  <Table.Td>{period(m)}</Table.Td>
                  <Table.Td>{t(`mov.launchLevel.${m.launchLevel}`)}</Table.Td>
                  <Table.Td>{m.registrations.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && (
        <MovementModal organizationId={organization.id} movement={null} onClose={() => setAdding(false)} />
      )}
    </Stack>
  );
}
