import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/schemas/enums';
import type { OrgUserView } from '../../../shared/schemas/users';
import { ConflictAlert } from '../../components/conflict-alert';
import { ApiError, api } from '../../lib/api';
import { useConferences } from '../conferences/queries';
import { useUnits } from '../units/units-page';
import { usersKey } from './users-page';

type Grant = { role: Role; unitId: string | null; conferenceId: string | null };
type Values = { username: string; fullName: string; password: string; isActive: boolean; roles: Grant[] };

const toValues = (u: OrgUserView | null): Values => ({
  username: u?.username ?? '',
  fullName: u?.fullName ?? '',
  password: '',
  isActive: u?.isActive ?? true,
  roles: u?.roles.map((r) => ({ role: r.role, unitId: r.unitId, conferenceId: r.conferenceId })) ?? [
    { role: 'council_member', unitId: null, conferenceId: null },
  ],
});

type Props = { organizationId: string; user: OrgUserView | null; onClose: () => void };

export function UserModal({ organizationId, user, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useUnits(organizationId).data?.items ?? [];
  const conferences = (useConferences().data?.items ?? []).filter((c) => c.organizationId === organizationId);
  const [version, setVersion] = useState(user?.version ?? 0);
  const [conflict, setConflict] = useState<OrgUserView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({ initialValues: toValues(user) });

  const submit = form.onSubmit(async (v) => {
    setError(null);
    setConflict(null);
    setSaving(true);
    const roles = v.roles.map((r) => ({
      role: r.role,
      unitId: r.role === 'unit_head' ? r.unitId : null,
      conferenceId: r.conferenceId,
    }));
    try {
      if (user) {
        await api('PUT', `/api/organizations/${organizationId}/users/${user.id}`, {
          fullName: v.fullName,
          isActive: v.isActive,
          roles,
          version,
        });
      } else {
        await api('POST', `/api/organizations/${organizationId}/users`, {
          username: v.username,
          fullName: v.fullName,
          password: v.password,
          roles,
        });
      }
      await queryClient.invalidateQueries({ queryKey: usersKey(organizationId) });
      notifications.show({ color: 'green', message: t('users.saved') });
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.isConflict) setConflict(err.current as OrgUserView);
      else if (err instanceof ApiError) {
        form.setErrors(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  });

  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const confOptions = conferences.map((c) => ({ value: c.id, label: c.name }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? t('users.editTitle') : t('users.addTitle')}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict && (
            <ConflictAlert
              current={
                <Text size="sm">
                  {conflict.fullName} · {conflict.roles?.map((r) => t(`role.${r.role}`)).join(', ')}
                </Text>
              }
              onReload={() => {
                form.setValues(toValues(conflict));
                setVersion(conflict.version);
                setConflict(null);
              }}
            />
          )}
          {error && !conflict && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('users.username')}
            disabled={!!user}
            autoCapitalize="none"
            required
            {...form.getInputProps('username')}
          />
          <TextInput label={t('users.fullName')} required {...form.getInputProps('fullName')} />
          {!user && (
            <PasswordInput
              label={t('users.password')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
          )}
          {user && (
            <Checkbox label={t('users.active')} {...form.getInputProps('isActive', { type: 'checkbox' })} />
          )}
          <Fieldset legend={t('users.roles')}>
            <Stack gap="sm">
              {form.values.roles.map((r, i) => (
                <Group key={form.key(`roles.${i}`)} align="flex-end" gap="xs" wrap="wrap">
                  <Select
                    label={`${t('users.role')} ${i + 1}`}
                    data={roleOptions}
                    allowDeselect={false}
                    w={220}
                    {...form.getInputProps(`roles.${i}.role`)}
                  />
                  {r.role === 'unit_head' && (
                    <Select
                      label={t('users.unit')}
                      data={unitOptions}
                      searchable
                      w={220}
                      {...form.getInputProps(`roles.${i}.unitId`)}
                    />
                  )}
                  <Select
                    label={t('users.conference')}
                    placeholder={t('users.allConferences')}
                    data={confOptions}
                    clearable
                    w={220}
                    {...form.getInputProps(`roles.${i}.conferenceId`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={`${t('common.remove')} ${t('users.role')} ${i + 1}`}
                    onClick={() => form.removeListItem('roles', i)}
                    disabled={form.values.roles.length <= 1}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              ))}
              {typeof form.errors.roles === 'string' && (
                <Text c="red" size="sm">
                  {form.errors.roles}
                </Text>
              )}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() =>
                    form.insertListItem('roles', { role: 'council_member', unitId: null, conferenceId: null })
                  }
                >
                  {t('users.addRole')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
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
