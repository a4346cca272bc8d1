import type {
  MovementInput,
  MovementListView,
  MovementRegistrationInput,
  MovementRegistrationView,
  MovementView,
} from '../../../shared/schemas/movements';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const movementsPath = '/movements';
export const movementPath = (id: string) => `/movements/${id}`;
const apiBase = (orgId: string) => `/api/organizations/${orgId}/movements`;

export const movementsKey = (orgId: string) => ['movements', orgId] as const;
export const movementKey = (orgId: string, id: string) => ['movements', orgId, id] as const;

export function useMovements(orgId: string | undefined) {
  return useGet<MovementListView>(movementsKey(orgId ?? ''), apiBase(orgId ?? ''), { enabled: !!orgId });
}

export function useMovement(orgId: string | undefined, id: string) {
  return useGet<MovementView>(movementKey(orgId ?? '', id), `${apiBase(orgId ?? '')}/${id}`, {
    enabled: !!orgId && !!id,
  });
}

export const createMovement = (orgId: string, body: MovementInput) =>
  api<MovementView>('POST', apiBase(orgId), body);
export const updateMovement = (orgId: string, id: string, movement: MovementInput, version: number) =>
  api<MovementView>('PUT', `${apiBase(orgId)}/${id}`, { movement, version });
export const deleteMovement = (orgId: string, m: MovementView) =>
  api<void>('DELETE', `${apiBase(orgId)}/${m.id}?version=${m.version}`);

const regBase = (orgId: string, movementId: string) => `${apiBase(orgId)}/${movementId}/registrations`;
export const createRegistration = (orgId: string, movementId: string, body: MovementRegistrationInput) =>
  api<MovementView>('POST', regBase(orgId, movementId), body);
export const updateRegistration = (
  orgId: string,
  movementId: string,
  id: string,
  body: MovementRegistrationInput,
  version: number,
) => api<MovementView>('PUT', `${regBase(orgId, movementId)}/${id}`, { ...body, version });
export const deleteRegistration = (orgId: string, movementId: string, r: MovementRegistrationView) =>
  api<void>('DELETE', `${regBase(orgId, movementId)}/${r.id}?version=${r.version}`);
