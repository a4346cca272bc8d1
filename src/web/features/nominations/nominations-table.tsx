import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';
import { TableHead } from '../../components/table-head';
import { formatDateTime } from '../../lib/format';
import { StatusBadge } from './parts';
import { type NominationAction, ReviewButtons } from './review-actions';

type Props = { conferenceId: string; items: NominationListItem[]; action: NominationAction };

const hasReview = (n: NominationListItem) =>
  n.permissions.canAccept || n.permissions.canReturn || n.permissions.canReject;

/** Phones: one card per nominee. */
export function NominationCards({ conferenceId, items, action }: Props) {
  return (
    <Stack hiddenFrom="md" gap="sm">
      {items.map((n) => (
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
          <Group mt="sm">
            <ReviewButtons n={n} action={action} compact />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** Wider screens: a table, with the review buttons in the last column when there are any. */
export function NominationsTable({ conferenceId, items, action }: Props) {
  const { t } = useTranslation();
  const anyActions = items.some(hasReview);
  return (
    <Table.ScrollContainer minWidth={anyActions ? 1150 : 960} visibleFrom="md">
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="nominations-table">
        <TableHead
          cells={[
            { label: t('nom.list.name'), miw: 170 },
            { label: t('nom.list.unit'), miw: 120 },
            { label: t('nom.list.form'), miw: 200 },
            t('nom.list.gender'),
            t('nom.list.birthYear'),
            { label: t('nom.list.occupationGroup'), miw: 130 },
            { label: t('nom.list.status'), miw: 130 },
            t('nom.list.submittedAt'),
            anyActions && { label: t('common.actions'), w: 190 },
          ]}
        />
        <Table.Tbody>
          {items.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>
                <Anchor component={Link} to={`/conferences/${conferenceId}/nominations/${n.id}`} fw={600}>
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
              <Table.Td>{n.occupationGroup ? t(`nom.occupationGroup.${n.occupationGroup}`) : ''}</Table.Td>
              <Table.Td>
                <StatusBadge status={n.status} />
                {n.returnReason && (
                  <Text size="xs" c="dimmed" mt={2} maw={220}>
                    {n.returnReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(n.submittedAt)}</Table.Td>
              {anyActions && (
                <Table.Td>
                  <ReviewButtons n={n} action={action} compact />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
