import type {
  OrgUserListView,
  OrgUserView,
  UserCreateInput,
  UserUpdateInput,
} from '../../../shared/schemas/users';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const usersKey = (orgId: string) => ['users', orgId] as const;

export function useOrgUsers(orgId: string | undefined, enabled: boolean) {
  return useGet<OrgUserListView>(usersKey(orgId ?? ''), `/api/organizations/${orgId}/users`, {
    enabled: enabled && !!orgId,
  });
}

export const createUser = (orgId: string, body: UserCreateInput) =>
  api<OrgUserView>('POST', `/api/organizations/${orgId}/users`, body);
export const updateUser = (orgId: string, userId: string, body: UserUpdateInput) =>
  api<OrgUserView>('PUT', `/api/organizations/${orgId}/users/${userId}`, body);
