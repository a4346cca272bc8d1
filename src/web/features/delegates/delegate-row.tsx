import { ActionIcon, Badge, Menu, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DelegateView, RSVP_STATUSES, type RsvpStatus } from '../../../shared/schemas/delegates';
import { ApiError, downloadFile } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { ArrivedBadge, NarrowDetails } from './delegate-row-details';
import { apiBase, delegateApi, delegateListKey, storeDelegate, useErrorNotice } from './queries';
import { ConfirmDeleteModal, SubstituteModal } from './row-dialogs';

function RsvpSelect({ cid, d, disabled }: { cid: string; d: DelegateView; disabled: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const save = useApiMutation({
    mutationFn: ({ status, name }: { status: RsvpStatus; name?: string }) =>
      delegateApi.rsvp(cid, d, status, name),
    invalidate: [delegateListKey(cid)],
    onSuccess: (saved) => storeDelegate(qc, cid, saved),
  });
  useErrorNotice(save.error);
  return (
    <Stack gap={0}>
      <Select
        size="xs"
        w={{ base: 124, sm: 150 }}
        data={RSVP_STATUSES.map((s) => ({ value: s, label: t(`del.rsvp.${s}`) }))}
        value={d.rsvpStatus}
        onChange={(v) => {
          if (v === 'substitute') setAsking(true);
          else if (v) save.mutate({ status: v as RsvpStatus });
        }}
        disabled={disabled}
        allowDeselect={false}
        aria-label={t('del.columns.rsvp')}
      />
      {d.rsvpStatus === 'substitute' && d.substituteName && (
        <Text size="xs" c="dimmed">
          {d.substituteName}
        </Text>
      )}
      {asking && (
        <SubstituteModal
          initial={d.substituteName}
          onClose={() => setAsking(false)}
          onSave={(name) => {
            setAsking(false);
            save.mutate({ status: 'substitute', name });
          }}
        />
      )}
    </Stack>
  );
}

function RowActions({ cid, d, onEdit }: { cid: string; d: DelegateView; onEdit: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const remove = useApiMutation({
    mutationFn: () => delegateApi.remove(cid, d),
    invalidate: [delegateListKey(cid)],
    successMessage: t('del.list.deleted'),
  });
  useErrorNotice(remove.error);
  const invitation = (paper: 'A4' | 'A5') =>
    downloadFile(`${apiBase(cid)}/delegates/${d.id}/invitation.pdf?paper=${paper}`, 'Giay-moi.pdf').catch(
      (err) =>
        notifications.show({
          color: 'red',
          message: err instanceof ApiError ? err.message : t('errors.generic'),
        }),
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={`${t('del.columns.actions')}: ${d.fullName}`}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {d.permissions.canEdit && (
          <>
            <Menu.Item onClick={() => void invitation('A4')}>
              {t('del.list.invitationOne', { paper: 'A4' })}
            </Menu.Item>
            <Menu.Item onClick={() => void invitation('A5')}>
              {t('del.list.invitationOne', { paper: 'A5' })}
            </Menu.Item>
            <Menu.Item onClick={onEdit}>{t('del.list.edit')}</Menu.Item>
          </>
        )}
        {d.permissions.canDelete && (
          <Menu.Item color="red" onClick={() => setConfirming(true)}>
            {t('del.list.delete')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
      {confirming && (
        <ConfirmDeleteModal
          name={d.fullName}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            remove.mutate();
          }}
        />
      )}
    </Menu>
  );
}

/** One row of the secretary's list: who, group, seat, unit, RSVP, arrival, actions. */
export function DelegateRow({
  cid,
  d,
  onEdit,
  choose,
}: {
  cid: string;
  d: DelegateView;
  onEdit: () => void;
  /** The row's checkbox when the list lets the office tick delegates. */
  choose?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      {choose && <Table.Td>{choose}</Table.Td>}
      <Table.Td>
        <Text size="sm" fw={600}>
          {d.fullName}
        </Text>
        {d.title && (
          <Text size="xs" c="dimmed">
            {d.title}
          </Text>
        )}
        {d.source === 'honoree' && (
          <Badge size="xs" variant="light">
            {t('del.list.fromHonorees')}
          </Badge>
        )}
        {d.source === 'walk_in' && (
          <Badge size="xs" variant="light" color="orange">
            {t('del.list.walkIn')}
          </Badge>
        )}
        <NarrowDetails d={d} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{d.categoryLabel}</Text>
        {d.subgroup && (
          <Text size="xs" c="dimmed" lineClamp={1} title={d.subgroup}>
            {d.subgroup}
          </Text>
        )}
      </Table.Td>
      <Table.Td visibleFrom="xl">{d.seatGroup}</Table.Td>
      <Table.Td visibleFrom="xl">{d.unitName}</Table.Td>
      <Table.Td>
        <RsvpSelect cid={cid} d={d} disabled={!d.permissions.canRsvp} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <ArrivedBadge d={d} />
      </Table.Td>
      <Table.Td>
        <RowActions cid={cid} d={d} onEdit={onEdit} />
      </Table.Td>
    </Table.Tr>
  );
}
