import type { SessionView } from '../../../shared/schemas/auth';
import { api } from '../../lib/api';

export const login = (body: { username: string; password: string }) =>
  api<SessionView>('POST', '/api/auth/login', body);
export const logout = () => api<void>('POST', '/api/auth/logout');
export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  api<void>('POST', '/api/auth/password', body);
