import { z } from 'zod';
import { newPasswordSchema } from './auth';
import { ROLES } from './enums';
import { flags, listView, text, versionField } from './primitives';

export const roleGrantSchema = z.object({
  role: z.enum(ROLES, { error: 'Vai trò không hợp lệ' }),
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).nullable().optional(),
  conferenceId: z.uuid({ error: 'Hội nghị không hợp lệ' }).nullable().optional(),
});

const roles = z
  .array(roleGrantSchema)
  .min(1, { error: 'Cần ít nhất một vai trò' })
  .superRefine((list, ctx) => {
    list.forEach((g, i) => {
      if (g.role === 'unit_head' && !g.unitId) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'unitId'],
          message: 'Trưởng đơn vị phải gắn với một đơn vị',
        });
      }
    });
  });

export const userCreateSchema = z.object({
  username: z
    .string({ error: 'Tên đăng nhập là bắt buộc' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,50}$/, {
      error: 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang',
    }),
  fullName: text('Họ và tên', 200),
  password: newPasswordSchema,
  roles,
});

export const userUpdateSchema = z.object({
  fullName: text('Họ và tên', 200),
  isActive: z.boolean({ error: 'Trạng thái hoạt động phải là đúng/sai' }),
  roles,
  version: versionField,
});
export type UserCreateInput = z.infer<typeof userCreateSchema>;
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

// ---- responses -------------------------------------------------------------------------------

const roleGrantView = z.object({
  role: z.enum(ROLES),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  conferenceId: z.uuid().nullable(),
});

/** A user of an organization with their roles there. */
export const orgUserView = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  isActive: z.boolean(),
  version: z.number().int(),
  roles: z.array(roleGrantView),
});
export type OrgUserView = z.infer<typeof orgUserView>;

export const orgUserListView = listView(orgUserView, flags('canManage'));
export type OrgUserListView = z.infer<typeof orgUserListView>;
