import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/schemas/enums';
import type { OrgUserView } from '../../../shared/schemas/users';
import { FormModal } from '../../components/form-modal';
import { useEditForm } from '../../lib/use-edit-form';
import { useConferences } from '../conferences/queries';
import { useUnits } from '../units/queries';
import { createUser, updateUser, usersKey } from './queries';

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
  const { form, save, bodyProps } = useEditForm({
    item: user,
    toValues,
    save: (v, version) => {
      const roles = v.roles.map((r) => ({
        role: r.role,
        unitId: r.role === 'unit_head' ? r.unitId : null,
        conferenceId: r.conferenceId,
      }));
      return user
        ? updateUser(organizationId, user.id, { fullName: v.fullName, isActive: v.isActive, roles, version })
        : createUser(organizationId, {
            username: v.username,
            fullName: v.fullName,
            password: v.password,
            roles,
          });
    },
    invalidate: [usersKey(organizationId)],
    successMessage: t('users.saved'),
    onSuccess: onClose,
  });

  return (
    <FormModal
      title={user ? t('users.editTitle') : t('users.addTitle')}
      size="lg"
      onClose={onClose}
      {...bodyProps((c) => (
        <Text size="sm">
          {c.fullName} · {c.roles?.map((r) => t(`role.${r.role}`)).join(', ')}
        </Text>
      ))}
    >
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
      <RolesFieldset organizationId={organizationId} form={form} />
    </FormModal>
  );
}

/** Vai trò: one row per grant (role, the unit of a unit head, optionally one conference). */
function RolesFieldset({
  organizationId,
  form,
}: {
  organizationId: string;
  form: UseFormReturnType<Values>;
}) {
  const { t } = useTranslation();
  const units = useUnits(organizationId).data?.items ?? [];
  const conferences = (useConferences().data?.items ?? []).filter((c) => c.organizationId === organizationId);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const confOptions = conferences.map((c) => ({ value: c.id, label: c.name }));
  return (
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
  );
}
