import { Alert, Badge, Button, Group, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUserView } from '../../../shared/schemas/users';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { canIn } from '../../lib/actor';
import { useCurrentOrg } from '../../lib/current-org';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useOrgUsers } from './queries';
import { UserModal } from './user-modal';

/** Người dùng & vai trò (quản trị): accounts of the organization and their roles. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const { organization } = useCurrentOrg();
  const allowed = !!organization && canIn(me, 'user.manage', organization.id);
  const { data, isLoading, error, refetch } = useOrgUsers(organization?.id, allowed);
  const [editing, setEditing] = useState<OrgUserView | 'new' | null>(null);
  usePageTitle(t('users.title'));

  if (!organization) return <PageLoader />;
  if (!allowed) return <Alert color="gray">{t('users.forbidden')}</Alert>;
  if (isLoading) return <PageLoader />;
  if (error || !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  const collator = new Intl.Collator('vi');
  const users = [...data.items].sort((a, b) => collator.compare(a.username, b.username));

  return (
    <Stack>
      <PageHeader
        title={t('users.title')}
        help={organization.name}
        align="center"
        actions={
          data.permissions.canManage && <Button onClick={() => setEditing('new')}>{t('users.add')}</Button>
        }
      />
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="sm">
          <TableHead
            cells={[
              t('users.username'),
              t('users.fullName'),
              t('users.roles'),
              t('users.active'),
              data.permissions.canManage && t('common.actions'),
            ]}
          />
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td ff="monospace">{u.username}</Table.Td>
                <Table.Td fw={600}>{u.fullName}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r) => (
                      <Badge key={`${r.role}-${r.unitId ?? ''}-${r.conferenceId ?? ''}`} variant="light">
                        {t(`role.${r.role}`)}
                        {r.unitName ? ` · ${r.unitName}` : ''}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge color={u.isActive ? 'green' : 'gray'} variant="dot">
                    {u.isActive ? t('users.active') : t('users.inactive')}
                  </Badge>
                </Table.Td>
                {data.permissions.canManage && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setEditing(u)}
                      aria-label={`${t('common.edit')} ${u.username}`}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <UserModal
          organizationId={organization.id}
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
