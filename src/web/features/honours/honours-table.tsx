import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/rules/display-format';
import type { HonourView } from '../../../shared/schemas/honours';
import { TableHead } from '../../components/table-head';

type Props = {
  items: HonourView[];
  /** The register lists many identities: each name links to its page. */
  withNames?: boolean;
  /** Shown when the actor manages the register: "Thu hồi" on a live honour. */
  onRevoke?: (h: HonourView) => void;
};

const subjectPath = (h: HonourView) => `/honours/subjects/${h.rootSubjectId}`;

function Who({ h }: { h: HonourView }) {
  return (
    <Anchor component={Link} to={subjectPath(h)} fw={600}>
      {h.name}
    </Anchor>
  );
}

function RevokeButton({ h, onRevoke }: { h: HonourView; onRevoke?: (h: HonourView) => void }) {
  const { t } = useTranslation();
  if (h.revoked) return <Badge color="gray">{t('honours.register.revoked')}</Badge>;
  if (!onRevoke) return null;
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color="red"
      onClick={() => onRevoke(h)}
      aria-label={t('honours.revoke.aria', { form: h.formName, year: h.year })}
    >
      {t('honours.revoke.action')}
    </Button>
  );
}

/** Khen thưởng as rows (wide screens) and as cards (phones: nothing wider than the screen). */
export function HonoursTable({ items, withNames, onRevoke }: Props) {
  const { t } = useTranslation();
  const decision = (h: HonourView) =>
    t('honours.decisionLine', { number: h.decisionNumber, date: formatDate(h.decisionDate) });
  const actions = !!onRevoke || items.some((h) => h.revoked);
  return (
    <>
      <Stack hiddenFrom="sm" gap="sm" data-testid="honour-cards">
        {items.map((h) => (
          <Card key={h.id} withBorder padding="sm" opacity={h.revoked ? 0.7 : 1}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={700}>{h.year}</Text>
              <RevokeButton h={h} onRevoke={onRevoke} />
            </Group>
            {withNames && <Who h={h} />}
            <Text>{h.formName}</Text>
            {withNames && h.unitName && (
              <Text size="sm" c="dimmed">
                {h.unitName}
              </Text>
            )}
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {decision(h)} · {t(`honours.level.${h.signerLevel}`)}
            </Text>
          </Card>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={720} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="honours-table">
          <TableHead
            cells={[
              { label: t('honours.column.year'), w: 70 },
              withNames && t('honours.column.name'),
              withNames && t('honours.column.unit'),
              t('honours.column.form'),
              t('honours.column.decision'),
              t('honours.column.level'),
              actions && { label: '', w: 110 },
            ]}
          />
          <Table.Tbody>
            {items.map((h) => (
              <Table.Tr key={h.id} opacity={h.revoked ? 0.7 : 1}>
                <Table.Td fw={600}>{h.year}</Table.Td>
                {withNames && (
                  <Table.Td>
                    <Who h={h} />
                    {h.birthYear && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        ({h.birthYear})
                      </Text>
                    )}
                  </Table.Td>
                )}
                {withNames && <Table.Td>{h.unitName}</Table.Td>}
                <Table.Td>
                  {h.formName}
                  {h.movementName && (
                    <Text size="xs" c="dimmed">
                      {h.movementName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{decision(h)}</Table.Td>
                <Table.Td>{t(`honours.level.${h.signerLevel}`)}</Table.Td>
                {actions && (
                  <Table.Td>
                    <RevokeButton h={h} onRevoke={onRevoke} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
