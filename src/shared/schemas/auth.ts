import { z } from 'zod';
import { ROLES } from './enums';

export const loginBodySchema = z.object({
  username: z
    .string({ error: 'Tên đăng nhập là bắt buộc' })
    .trim()
    .min(1, { error: 'Tên đăng nhập không được để trống' })
    .max(100, { error: 'Tên đăng nhập không được dài quá 100 ký tự' }),
  password: z
    .string({ error: 'Mật khẩu là bắt buộc' })
    .min(1, { error: 'Mật khẩu không được để trống' })
    .max(200, { error: 'Mật khẩu không được dài quá 200 ký tự' }),
});

export const newPasswordSchema = z
  .string({ error: 'Mật khẩu mới là bắt buộc' })
  .min(8, { error: 'Mật khẩu mới phải có ít nhất 8 ký tự' })
  .max(200, { error: 'Mật khẩu mới không được dài quá 200 ký tự' });

export const changePasswordBodySchema = z.object({
  currentPassword: z.string({ error: 'Mật khẩu hiện tại là bắt buộc' }).min(1, {
    error: 'Mật khẩu hiện tại không được để trống',
  }),
  newPassword: newPasswordSchema,
});

// ---- responses -------------------------------------------------------------------------------

const meMembershipView = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  conferenceId: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  role: z.enum(ROLES),
});

/** The signed-in user with the names of their organizations and units. */
const meView = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  isSystemAdmin: z.boolean(),
  locale: z.string(),
  memberships: z.array(meMembershipView),
});
export type MeView = z.infer<typeof meView>;

export const sessionView = z.object({ user: meView });
export type SessionView = z.infer<typeof sessionView>;

/**
 * GET /api/auth/me: the signed-in user, or `null` on a visit without a session cookie (the login
 * page is not an error). A cookie whose session has ended still answers 401, like every route.
 */
export const meAnswer = z.object({ user: meView.nullable() });
export type MeAnswer = z.infer<typeof meAnswer>;
