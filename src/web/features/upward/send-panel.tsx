import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpwardStatus } from '../../../shared/schemas/upward';
import { useApiMutation } from '../../lib/use-api-mutation';
import { upwardApi, upwardStatusKey, upwardTargetsKey, useUpwardStatus, useUpwardTargets } from './queries';

const STATUS_COLOR: Record<UpwardStatus, string> = {
  received: 'blue',
  returned: 'orange',
  accepted: 'green',
  honored: 'grape',
};

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Gửi đoàn lên cấp trên, on the delegation page: the upper conference to send to (the secretary
 * only), and each member's status there (received, returned with the reason, accepted, honored).
 */
export function UpwardPanel({ cid, canSend }: { cid: string; canSend: boolean }) {
  const { t } = useTranslation();
  const targets = useUpwardTargets(cid, canSend);
  const status = useUpwardStatus(cid);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = targets.data?.targets ?? [];
  const target = chosen ?? list.find((x) => x.open)?.conferenceId ?? null;
  const send = useApiMutation({
    mutationFn: (targetConferenceId: string) => upwardApi.send(cid, { targetConferenceId }),
    invalidate: [upwardStatusKey(cid), upwardTargetsKey(cid)],
    onSuccess: () => undefined,
  });
  const members = status.data?.members ?? [];
  const sentAny = members.some((m) => m.status);
  if (!canSend && !sentAny) return null;
  return (
    <Paper withBorder p="md" data-testid="upward-panel">
      <Stack gap="sm">
        <Title order={3}>{t('up.send.title')}</Title>
        {canSend && (
          <>
            <Text size="sm" c="dimmed">
              {t('up.send.help')}
            </Text>
            {list.length === 0 && !targets.isLoading ? (
              <Alert color="gray">{t('up.send.noTargets')}</Alert>
            ) : (
              <Group align="end">
                <Select
                  label={t('up.send.target')}
                  data-testid="upward-target"
                  // full width on a phone, a comfortable width beside the button on a laptop
                  w={{ base: '100%', sm: 520 }}
                  maw="100%"
                  value={target}
                  onChange={setChosen}
                  data={list.map((x) => ({
                    value: x.conferenceId,
                    label: `${x.conferenceName} — ${x.organizationName} (${
                      x.open
                        ? x.deadline
                          ? t('up.send.until', { date: dmy(x.deadline) })
                          : x.unitName
                        : t('up.send.closed')
                    })`,
                  }))}
                />
                <Button
                  data-testid="upward-send"
                  loading={send.isPending}
                  disabled={!target}
                  onClick={() => target && send.mutate(target)}
                >
                  {t('up.send.button')}
                </Button>
              </Group>
            )}
            {send.data && (
              <Alert color="green" data-testid="upward-sent" aria-live="polite">
                {send.data.message}
              </Alert>
            )}
            {send.error && (
              <Alert color="red" role="alert" data-testid="upward-error">
                {send.error}
              </Alert>
            )}
          </>
        )}
        {sentAny && (
          <Table data-testid="upward-status">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('up.send.member')}</Table.Th>
                <Table.Th>{t('up.send.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.nominationId} data-testid="upward-member">
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap="xs">
                        <Badge color={m.status ? STATUS_COLOR[m.status] : 'gray'} tt="none">
                          {m.status ? t(`up.status.${m.status}`) : t('up.notSent')}
                        </Badge>
                        {m.targetOrganizationName && (
                          <Text size="xs" c="dimmed">
                            {m.targetOrganizationName}
                          </Text>
                        )}
                      </Group>
                      {m.returnReason && (
                        <Text size="sm" c="orange.8">
                          {t('up.send.reason', { reason: m.returnReason })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
