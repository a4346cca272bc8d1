import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';
import { TableHead } from '../../components/table-head';
import { formatDateTime } from '../../lib/format';
import { type AcceptSelection, SelectAllBox, SelectBox } from './bulk-accept';
import { StatusBadge } from './parts';
import { type NominationAction, ReviewButtons } from './review-actions';

type Props = {
  conferenceId: string;
  items: NominationListItem[];
  action: NominationAction;
  /** Checkboxes for tiếp nhận several at once (the office). */
  selection?: AcceptSelection;
  /** Nominations the register finds not yet eligible, with the first reason ("chưa đủ ĐK"). */
  ineligible?: ReadonlyMap<string, string | null>;
};

/** The small "chưa đủ ĐK" badge, its reason as the tooltip and for screen readers. */
function IneligibleBadge({
  id,
  ineligible,
}: {
  id: string;
  ineligible?: ReadonlyMap<string, string | null>;
}) {
  const { t } = useTranslation();
  if (!ineligible?.has(id)) return null;
  const reason = ineligible.get(id) ?? '';
  return (
    <Badge
      size="xs"
      color="orange"
      variant="light"
      ml={6}
      title={reason}
      aria-label={`${t('elig.vote.badge')}: ${reason}`}
    >
      {t('elig.vote.badge')}
    </Badge>
  );
}

const hasReview = (n: NominationListItem) =>
  n.permissions.canAccept || n.permissions.canReturn || n.permissions.canReject;

/** Phones: one card per nominee. */
export function NominationCards({ conferenceId, items, action, selection, ineligible }: Props) {
  return (
    <Stack hiddenFrom="md" gap="sm">
      {items.map((n) => (
        <Card key={n.id} withBorder padding="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            {selection && <SelectBox n={n} selection={selection} />}
            <div style={{ minWidth: 0, flex: 1 }}>
              <Anchor
                component={Link}
                to={`/conferences/${conferenceId}/nominations/${n.id}`}
                fw={700}
                fz="lg"
              >
                {n.name}
              </Anchor>
              <IneligibleBadge id={n.id} ineligible={ineligible} />
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

/**
 * Wider screens: a table, with the review buttons in the last column when there are any. Below
 * `xl` (a 1366 px laptop) gender and birth year go under the name and the occupation group is left
 * to the filters and the detail page, so the review buttons stay in view without scrolling sideways.
 */
export function NominationsTable({ conferenceId, items, action, selection, ineligible }: Props) {
  const { t } = useTranslation();
  const anyActions = items.some(hasReview);
  const selecting = selection && selection.choosable.length > 0;
  return (
    <Table.ScrollContainer minWidth={0} visibleFrom="md">
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="nominations-table">
        <TableHead
          cells={[
            selecting && { label: <SelectAllBox selection={selection} />, w: 40 },
            t('nom.list.name'),
            t('nom.list.unit'),
            t('nom.list.form'),
            { label: t('nom.list.gender'), visibleFrom: 'xl' },
            { label: t('nom.list.birthYear'), visibleFrom: 'xl' },
            { label: t('nom.list.occupationGroup'), visibleFrom: 'xl' },
            t('nom.list.status'),
            t('nom.list.submittedAt'),
            anyActions && t('common.actions'),
          ]}
        />
        <Table.Tbody>
          {items.map((n) => (
            <Table.Tr key={n.id}>
              {selecting && (
                <Table.Td>
                  <SelectBox n={n} selection={selection} />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor component={Link} to={`/conferences/${conferenceId}/nominations/${n.id}`} fw={600}>
                  {n.name}
                </Anchor>
                {n.kind === 'collective' && (
                  <Badge size="xs" variant="outline" color="gray" ml={6}>
                    {t('nom.kind.collective')}
                  </Badge>
                )}
                <IneligibleBadge id={n.id} ineligible={ineligible} />
                {(n.gender || n.birthYear) && (
                  <Text size="xs" c="dimmed" hiddenFrom="xl">
                    {[n.gender ? t(`nom.gender.${n.gender}`) : '', n.birthYear ?? '']
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{n.unitName}</Table.Td>
              <Table.Td>{n.awardFormName}</Table.Td>
              <Table.Td visibleFrom="xl">{n.gender ? t(`nom.gender.${n.gender}`) : ''}</Table.Td>
              <Table.Td visibleFrom="xl">{n.birthYear ?? ''}</Table.Td>
              <Table.Td visibleFrom="xl">
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
