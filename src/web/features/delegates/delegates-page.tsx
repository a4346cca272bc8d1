import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatClock } from '../../../shared/rules/checkin-window';
import { matchesVietnamese } from '../../../shared/rules/vietnamese-text';
import { type DelegateView, RSVP_STATUSES, type RsvpStatus } from '../../../shared/schemas/delegates';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api, downloadFile } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { CompositionGauge, useComposition } from './composition-gauge';
import { DelegateModal } from './delegate-modal';
import { FinalizeModal } from './finalize-modal';
import { ListToolbar } from './list-toolbar';
import { apiBase, delegatesPath, invalidateDelegates, storeDelegate, useDelegateList } from './queries';
import { ConfirmDeleteModal, SubstituteModal } from './row-dialogs';

function RsvpSelect({ cid, d, disabled }: { cid: string; d: DelegateView; disabled: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const save = async (status: RsvpStatus, substituteName = '') => {
    try {
      const body = { rsvpStatus: status, substituteName, version: d.version };
      storeDelegate(qc, cid, await api<DelegateView>('PUT', `${apiBase(cid)}/delegates/${d.id}/rsvp`, body));
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
      invalidateDelegates(qc, cid);
    }
  };
  return (
    <Stack gap={0}>
      <Select
        size="xs"
        w={150}
        data={RSVP_STATUSES.map((s) => ({ value: s, label: t(`del.rsvp.${s}`) }))}
        value={d.rsvpStatus}
        onChange={(v) => {
          if (v === 'substitute') setAsking(true);
          else if (v) void save(v as RsvpStatus);
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
            void save('substitute', name);
          }}
        />
      )}
    </Stack>
  );
}

function RowActions({ cid, d, onEdit }: { cid: string; d: DelegateView; onEdit: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    setConfirming(false);
    try {
      await api('DELETE', `${apiBase(cid)}/delegates/${d.id}?version=${d.version}`);
      notifications.show({ color: 'green', message: t('del.list.deleted') });
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
    }
    invalidateDelegates(qc, cid);
  };
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
        <ActionIcon variant="subtle" aria-label={t('del.columns.actions')}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {d.permissions.canEdit && (
          <>
            <Menu.Item onClick={() => void invitation('A4')}>{t('del.list.invitationOne')} (A4)</Menu.Item>
            <Menu.Item onClick={() => void invitation('A5')}>{t('del.list.invitationOne')} (A5)</Menu.Item>
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
          onConfirm={() => void remove()}
        />
      )}
    </Menu>
  );
}

/** Danh sách đại biểu: the secretary's list with the live composition gauge. */
export function DelegatesPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const conf = useConference(cid);
  const list = useDelegateList(cid);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [editing, setEditing] = useState<DelegateView | 'new' | null>(null);
  const [finalizing, setFinalizing] = useState(false);
  const qc = useQueryClient();
  usePageTitle(t('del.list.title'));
  const items = list.data?.items ?? [];
  const check = useComposition(conf.data?.plan.delegateRules, items);
  const shown = useMemo(
    () => items.filter((d) => (!category || d.category === category) && matchesVietnamese(d.fullName, q)),
    [items, category, q],
  );

  if (conf.isLoading || list.isLoading) return <PageLoader />;
  if (conf.error || list.error || !conf.data || !list.data)
    return <ErrorState error={conf.error ?? list.error} onRetry={() => void list.refetch()} />;
  const rules = conf.data.plan.delegateRules;
  const { finalization: fin, permissions: perms } = list.data;

  const reopen = async () => {
    try {
      await api('POST', `${apiBase(cid)}/delegates/reopen`, {});
      notifications.show({ color: 'green', message: t('del.finalize.reopened') });
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
    }
    invalidateDelegates(qc, cid);
  };

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
          {t('del.nav.backToConference')}
        </Anchor>
        <Group justify="space-between">
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {t('del.list.title')}
          </Title>
          <Group gap="xs">
            {perms.canCheckIn && (
              <Button component={Link} to={delegatesPath.reception(cid)} variant="light">
                {t('del.nav.reception')}
              </Button>
            )}
            {fin.finalized
              ? perms.canManage && (
                  <Button variant="default" onClick={() => void reopen()}>
                    {t('del.list.reopen')}
                  </Button>
                )
              : (perms.canFinalize || perms.canOverride) && (
                  <Button onClick={() => setFinalizing(true)}>{t('del.list.finalize')}</Button>
                )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('del.list.help')}
        </Text>
      </Stack>

      {fin.finalized && (
        <Alert color={fin.overrideReason ? 'orange' : 'green'} data-testid="finalized">
          {t('del.list.finalized', { at: formatDateTime(fin.finalizedAt), by: fin.finalizedByName ?? '' })}
          {fin.overrideReason && (
            <Text size="sm">{t('del.list.overridden', { reason: fin.overrideReason })}</Text>
          )}
        </Alert>
      )}

      <ListToolbar
        cid={cid}
        canManage={perms.canManage}
        finalized={fin.finalized}
        onAddGuest={() => setEditing('new')}
      />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }}>
          {check && <CompositionGauge check={check} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 2, lg: 1 }}>
          <Paper withBorder p="sm">
            <Group gap="xs" mb="sm">
              <TextInput
                placeholder={t('del.list.search')}
                aria-label={t('del.list.search')}
                value={q}
                onChange={(e) => setQ(e.currentTarget.value)}
                style={{ flex: 1, minWidth: 180 }}
              />
              <Select
                placeholder={t('del.list.allCategories')}
                data={rules.categories.map((c) => ({ value: c.key, label: c.label }))}
                value={category}
                onChange={setCategory}
                clearable
                aria-label={t('del.columns.category')}
              />
              <Text size="sm" c="dimmed">
                {t('del.list.count', { count: shown.length })}
              </Text>
            </Group>
            {items.length === 0 ? (
              <Text c="dimmed">{t('del.list.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table striped highlightOnHover data-testid="delegates-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('del.columns.fullName')}</Table.Th>
                      <Table.Th>{t('del.columns.category')}</Table.Th>
                      <Table.Th>{t('del.columns.seatGroup')}</Table.Th>
                      <Table.Th>{t('del.columns.unit')}</Table.Th>
                      <Table.Th>{t('del.columns.rsvp')}</Table.Th>
                      <Table.Th>{t('del.columns.arrived')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((d) => (
                      <Table.Tr key={d.id}>
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
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{d.categoryLabel}</Text>
                          {d.subgroup && (
                            <Text size="xs" c="dimmed" lineClamp={1} title={d.subgroup}>
                              {d.subgroup}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{d.seatGroup}</Table.Td>
                        <Table.Td>{d.unitName}</Table.Td>
                        <Table.Td>
                          <RsvpSelect cid={cid} d={d} disabled={!d.permissions.canRsvp} />
                        </Table.Td>
                        <Table.Td>
                          {d.checkIn && (
                            <Badge color="green" variant="light">
                              {t('del.list.checkedIn', { at: formatClock(d.checkIn.at) })}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <RowActions cid={cid} d={d} onEdit={() => setEditing(d)} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </Grid.Col>
      </Grid>

      {editing && (
        <DelegateModal
          cid={cid}
          rules={rules}
          mode={editing === 'new' ? 'create' : 'edit'}
          delegate={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      {finalizing && check && (
        <FinalizeModal
          cid={cid}
          check={check}
          listVersion={fin.listVersion}
          canOverride={perms.canOverride}
          onClose={() => setFinalizing(false)}
        />
      )}
    </Stack>
  );
}
