import { z } from 'zod';
import { ORG_LEVELS, UNIT_TYPES } from './enums';
import { flags, listView, nonNegativeInt, text, versionField } from './primitives';

export const organizationInputSchema = z.object({
  name: text('Tên cơ quan tổ chức', 200),
  parentName: z
    .string()
    .trim()
    .max(200, { error: 'Tên cơ quan cấp trên không được dài quá 200 ký tự' })
    .default(''),
  level: z.enum(ORG_LEVELS, { error: 'Cấp tổ chức không hợp lệ' }),
  place: z.string().trim().max(100, { error: 'Địa danh không được dài quá 100 ký tự' }).default(''),
});
export const organizationUpdateSchema = organizationInputSchema.extend({ version: versionField });

export const unitInputSchema = z.object({
  name: text('Tên đơn vị', 200),
  type: z.enum(UNIT_TYPES, { error: 'Loại đơn vị không hợp lệ' }),
  headName: z
    .string()
    .trim()
    .max(200, { error: 'Tên trưởng đơn vị không được dài quá 200 ký tự' })
    .default(''),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?\d[\d .-]{6,18}\d)?$/, { error: 'Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–20 ký tự)' })
    .default(''),
  /** Where the unit stands in the list; left out: a new unit goes last, an edit keeps its place. */
  sortOrder: nonNegativeInt('Thứ tự').optional(),
});
export const unitUpdateSchema = unitInputSchema.extend({ version: versionField });
export type UnitInput = z.infer<typeof unitInputSchema>;

/** Thứ tự đơn vị: every unit of the organizer, in the new order (all or nothing). */
export const unitOrderInput = z.object({
  ids: z
    .array(z.uuid({ error: 'Mã đơn vị không hợp lệ' }), {
      error: 'Thứ tự đơn vị phải là danh sách mã đơn vị',
    })
    .max(1000, { error: 'Tối đa 1000 đơn vị' }),
});

// ---- responses -------------------------------------------------------------------------------

export const unitView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: z.string(),
  type: z.enum(UNIT_TYPES),
  headName: z.string(),
  phone: z.string(),
  sortOrder: z.number().int(),
  /** The lower-level organizer this unit stands for (a ward for the province), if linked. */
  linkedOrganizationId: z.uuid().nullable(),
  version: z.number().int(),
  permissions: flags('canEdit', 'canDelete'),
});
export type UnitView = z.infer<typeof unitView>;

export const unitListView = listView(unitView, flags('canCreate'));
export type UnitListView = z.infer<typeof unitListView>;

export const organizationView = z.object({
  id: z.uuid(),
  name: z.string(),
  parentName: z.string(),
  level: z.enum(ORG_LEVELS),
  place: z.string(),
  version: z.number().int(),
  permissions: flags('canEdit', 'canManageUnits', 'canCreateConference', 'canReadAudit'),
});
export type OrganizationView = z.infer<typeof organizationView>;

export const organizationListView = z.object({ items: z.array(organizationView), canCreate: z.boolean() });
