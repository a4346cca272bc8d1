import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovementRegistrationView, MovementView } from '../../../shared/schemas/movements';
import { SectionCard } from '../../components/section-card';
import { TableHead } from '../../components/table-head';
import { formatDate } from '../../lib/format';
import { RegistrationModal, WithdrawModal } from './registration-modal';

type Editing = { kind: 'edit' | 'withdraw'; reg: MovementRegistrationView } | { kind: 'new' } | null;

/** Đơn vị đăng ký thi đua: unit, commitment, date, result; register, edit, withdraw as allowed. */
export function RegistrationsCard({
  organizationId,
  movement,
}: {
  organizationId: string;
  movement: MovementView;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const regs = movement.registrations;
  const result = (r: MovementRegistrationView) =>
    r.result || (
      <Text span c="dimmed" size="sm">
        {t('mov.registrations.noResult')}
      </Text>
    );
  const actions = (r: MovementRegistrationView) =>
    (r.permissions.canEdit || r.permissions.canEditResult) && (
      <Group gap={4} wrap="nowrap">
        <Button size="compact-sm" variant="light" onClick={() => setEditing({ kind: 'edit', reg: r })}>
          {t('common.edit')}
        </Button>
        {r.permissions.canDelete && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => setEditing({ kind: 'withdraw', reg: r })}
          >
            {t('mov.registrations.withdraw')}
          </Button>
        )}
      </Group>
    );

  return (
    <SectionCard
      id="sec-registrations"
      title={t('mov.registrations.title')}
      aside={
        movement.permissions.canRegister && (
          <Button size="sm" onClick={() => setEditing({ kind: 'new' })}>
            {t('mov.registrations.add')}
          </Button>
        )
      }
    >
      {regs.length === 0 && <Text c="dimmed">{t('mov.registrations.empty')}</Text>}
      {/* Phones: one card per registration. */}
      <Stack hiddenFrom="sm" gap="sm">
        {regs.map((r) => (
          <Card key={r.id} withBorder padding="sm" data-testid="registration-card">
            <Text fw={600}>{r.unitName}</Text>
            <Text size="sm" c="dimmed">
              {t('mov.registrations.registeredOn')}: {formatDate(r.registeredOn)}
            </Text>
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {r.commitment}
            </Text>
            <Text size="sm" mt={4}>
              {t('mov.registrations.result')}: {result(r)}
            </Text>
            <Group mt="xs">{actions(r)}</Group>
          </Card>
        ))}
      </Stack>
      {regs.length > 0 && (
        <Table.ScrollContainer minWidth={640} visibleFrom="sm">
          <Table striped verticalSpacing="sm" data-testid="registrations-table">
            <TableHead
              cells={[
                t('mov.registrations.unit'),
                t('mov.registrations.commitment'),
                t('mov.registrations.registeredOn'),
                t('mov.registrations.result'),
                regs.some((r) => r.permissions.canEdit || r.permissions.canEditResult) && t('common.actions'),
              ]}
            />
            <Table.Tbody>
              {regs.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td fw={600}>{r.unitName}</Table.Td>
                  <Table.Td>{r.commitment}</Table.Td>
                  <Table.Td>{formatDate(r.registeredOn)}</Table.Td>
                  <Table.Td>{result(r)}</Table.Td>
                  {regs.some((x) => x.permissions.canEdit || x.permissions.canEditResult) && (
                    <Table.Td>{actions(r)}</Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(editing?.kind === 'new' || editing?.kind === 'edit') && (
        <RegistrationModal
          organizationId={organizationId}
          movement={movement}
          registration={editing.kind === 'edit' ? editing.reg : null}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'withdraw' && (
        <WithdrawModal
          organizationId={organizationId}
          movement={movement}
          registration={editing.reg}
          onClose={() => setEditing(null)}
        />
      )}
    </SectionCard>
  );
}
