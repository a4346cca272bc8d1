import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNCIL_POSITIONS, type CouncilPosition } from '../../../shared/schemas/review';
import type { OrgUserView as OrgUser } from '../../../shared/schemas/users';
import { ConflictAlert } from '../../components/conflict-alert';
import { ErrorState, PageLoader } from '../../components/page-state';
import { canIn } from '../../lib/actor';
import { ApiError, api, apiGet } from '../../lib/api';
import { useCurrentOrg } from '../../lib/current-org';
import { useRequiredMe } from '../../lib/session';
import type { CouncilMember } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { useUnits } from '../units/queries';
import { councilKey, useCouncil } from './queries';

/** Hội đồng Thi đua – Khen thưởng of the current organizer, by term (secretary, admin). */
export function CouncilPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const orgId = organization?.id;
  const council = useCouncil(orgId);
  const units = useUnits(orgId).data?.items ?? [];
  const [term, setTerm] = useState<string | null>(null);
  const [editing, setEditing] = useState<CouncilMember | 'new' | null>(null);
  usePageTitle(t('rev.council.title'));
  if (!organization || council.isLoading) return <PageLoader />;
  if (council.error || !council.data)
    return <ErrorState error={council.error} onRetry={() => council.refetch()} />;
  const terms = [...new Set(council.data.items.map((m) => m.term))].sort().reverse();
  const shown = council.data.items.filter((m) => !term || m.term === term);
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? '';
  const canManage = council.data.permissions.canManage;

  const actions = (m: CouncilMember) =>
    canManage && (
      <Button
        size="compact-md"
        variant="light"
        onClick={() => setEditing(m)}
        aria-label={`${t('rev.council.edit')}: ${m.fullName}`}
      >
        {t('rev.council.edit')}
      </Button>
    );
  const status = (m: CouncilMember) => (
    <Group gap={4}>
      {!m.active && (
        <Badge color="gray" variant="light" tt="none">
          {t('rev.council.inactive')}
        </Badge>
      )}
      <Badge color={m.userId ? 'green' : 'orange'} variant="light" tt="none">
        {m.userId ? t('rev.council.accountLinked') : t('rev.council.accountNone')}
      </Badge>
    </Group>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('rev.council.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {organization.name} · {t('rev.council.help')}
          </Text>
        </div>
        {canManage && (
          <Button size="md" onClick={() => setEditing('new')}>
            {t('rev.council.add')}
          </Button>
        )}
      </Group>
      <Select
        label={t('rev.council.term')}
        data={[
          { value: '', label: t('rev.council.allTerms') },
          ...terms.map((x) => ({ value: x, label: x })),
        ]}
        value={term ?? ''}
        onChange={(v) => setTerm(v || null)}
        maw={260}
        allowDeselect={false}
      />
      {shown.length === 0 && <Text c="dimmed">{t('rev.council.empty')}</Text>}

      <Stack gap="sm" hiddenFrom="sm">
        {shown.map((m) => (
          <Card key={m.id} withBorder padding="sm" opacity={m.active ? 1 : 0.6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={700}>{m.fullName}</Text>
                <Text size="sm">{t(`rev.position.${m.position}`)}</Text>
                <Text size="sm" c="dimmed">
                  {unitName(m.unitId)} · {m.term}
                </Text>
              </div>
              {actions(m)}
            </Group>
            {status(m)}
          </Card>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={720} visibleFrom="sm">
        <Table verticalSpacing="sm" highlightOnHover data-testid="council-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rev.council.fullName')}</Table.Th>
              <Table.Th>{t('rev.council.position')}</Table.Th>
              <Table.Th>{t('rev.council.unit')}</Table.Th>
              <Table.Th>{t('rev.council.term')}</Table.Th>
              <Table.Th />
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((m) => (
              <Table.Tr key={m.id} opacity={m.active ? 1 : 0.6}>
                <Table.Td fw={600}>{m.fullName}</Table.Td>
                <Table.Td>{t(`rev.position.${m.position}`)}</Table.Td>
                <Table.Td>{unitName(m.unitId)}</Table.Td>
                <Table.Td>{m.term}</Table.Td>
                <Table.Td>{status(m)}</Table.Td>
                <Table.Td>{actions(m)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <MemberModal
          orgId={organization.id}
          member={editing === 'new' ? null : editing}
          defaultTerm={term ?? terms[0] ?? ''}
          units={units.map((u) => ({ value: u.id, label: u.name }))}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function MemberModal({
  orgId,
  member,
  defaultTerm,
  units,
  onClose,
}: {
  orgId: string;
  member: CouncilMember | null;
  defaultTerm: string;
  units: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useRequiredMe();
  // Who manages the council links seats to logins (names and usernames only).
  const canLink = canIn(me, 'review.manage', orgId);
  const users = useQuery({
    queryKey: ['council-accounts', orgId],
    queryFn: () =>
      apiGet<{ items: Pick<OrgUser, 'id' | 'username' | 'fullName'>[] }>(
        `/api/organizations/${orgId}/council-accounts`,
      ),
    enabled: canLink,
  });
  const [form, setForm] = useState({
    term: member?.term ?? defaultTerm,
    fullName: member?.fullName ?? '',
    position: (member?.position ?? 'member') as CouncilPosition,
    userId: member?.userId ?? null,
    unitId: member?.unitId ?? null,
    active: member?.active ?? true,
  });
  const [version, setVersion] = useState(member?.version ?? 0);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<CouncilMember | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setFields({});
    try {
      if (member)
        await api('PUT', `/api/organizations/${orgId}/council-members/${member.id}`, { ...form, version });
      else await api('POST', `/api/organizations/${orgId}/council-members`, form);
      await qc.invalidateQueries({ queryKey: councilKey(orgId) });
      notifications.show({ color: 'green', message: t('rev.council.saved') });
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        if (err.isConflict) setConflict((err.current as CouncilMember) ?? null);
        else {
          setFields(err.fields);
          setError(err.message);
        }
      } else setError(t('errors.generic'));
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={member ? t('rev.council.editTitle', { name: member.fullName }) : t('rev.council.addTitle')}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict && (
            <ConflictAlert
              current={
                <Text size="sm">
                  {conflict.fullName} · {t(`rev.position.${conflict.position}`)} · {conflict.term}
                </Text>
              }
              onReload={() => {
                setForm({
                  term: conflict.term,
                  fullName: conflict.fullName,
                  position: conflict.position,
                  userId: conflict.userId,
                  unitId: conflict.unitId,
                  active: conflict.active,
                });
                setVersion(conflict.version);
                setConflict(null);
              }}
            />
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('rev.council.term')}
            required
            value={form.term}
            onChange={(e) => set('term', e.currentTarget.value)}
            error={fields.term}
          />
          <TextInput
            label={t('rev.council.fullName')}
            required
            value={form.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            error={fields.fullName}
          />
          <Select
            label={t('rev.council.position')}
            required
            data={COUNCIL_POSITIONS.map((p) => ({ value: p, label: t(`rev.position.${p}`) }))}
            value={form.position}
            onChange={(v) => v && set('position', v as CouncilPosition)}
            allowDeselect={false}
            error={fields.position}
          />
          <Select
            label={t('rev.council.unit')}
            data={units}
            value={form.unitId}
            onChange={(v) => set('unitId', v)}
            clearable
            searchable
            error={fields.unitId}
          />
          {canLink ? (
            <Select
              label={t('rev.council.account')}
              description={t('rev.council.accountHelp')}
              data={(users.data?.items ?? []).map((u) => ({
                value: u.id,
                label: `${u.fullName} (${u.username})`,
              }))}
              value={form.userId}
              onChange={(v) => set('userId', v)}
              clearable
              searchable
              error={fields.userId}
            />
          ) : (
            <Text size="sm">
              {t('rev.council.account')}:{' '}
              <b>{form.userId ? t('rev.council.accountLinked') : t('rev.council.accountNone')}</b>
            </Text>
          )}
          <Switch
            label={t('rev.council.active')}
            checked={form.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
            size="md"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
