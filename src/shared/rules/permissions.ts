import type { Role } from '../schemas/enums';

/** What an actor may do. Pure: the server enforces it, the web uses it to hide what it may not do. */
export const PERMISSIONS = [
  'org.read',
  'org.edit',
  'org.create',
  'unit.read',
  'unit.manage',
  'conference.read',
  'conference.create',
  'conference.edit',
  'audit.read',
  'user.manage',
  // Đề nghị vinh danh (nominations) and unit reports
  'nomination.settings', // award forms, criteria, quotas, deadlines
  'nomination.read', // read what units have submitted
  'nomination.review', // return / accept / reject
  'nomination.write', // a unit's own drafts and reports (unit head: own unit only)
  // Xét duyệt (council review)
  'review.manage', // council members, meetings, ballots, counts, speeches, delegation
  'review.read', // meetings and closed results
  // Đại biểu, giấy mời, đón tiếp (delegates, invitations, check-in)
  'delegate.read', // the delegate list, its gauge, exports
  'delegate.manage', // add/edit/import delegates, RSVP, invitations, finalize a list that keeps the rules
  'delegate.override', // finalize a list that breaks a rule, with a written reason (the chair)
  'delegate.checkin', // reception: search, check in, walk-ins — on conference day only (see delegates/checkin-window)
  // Sổ văn bản (document register): drafts, issuing (number, frozen files), new versions
  'document.issue',
  // Giấy khen: certificate layout, printer calibration, batch printing
  'certificate.manage',
  // Bảng điều khiển: the conference's progress at a glance (secretary, chair)
  'dashboard.view',
  // Chuẩn bị: dự trù kinh phí (budget) and công việc (tasks, logistics checklist)
  'budget.view',
  'budget.manage',
  'task.manage', // create/edit/delete any task; an owner may always set their own task's status
  // Chương trình, văn nghệ, kịch bản MC, điều hành chương trình (program, performances, MC script, run of show)
  'program.view',
  'program.manage',
  // Sổ khen thưởng: lookup of past honours and identities; import, merge, rules, movements, statistics
  'honour.read',
  'honour.manage',
  // Đăng ký thi đua of a unit in a movement (unit head: own unit only)
  'movement.register',
  // Công khai: publish the candidate list for comments, record how each comment was handled
  'notice.manage',
  // Vinh danh công khai: the honour board, photos, albums, articles (culture officer, secretary)
  'publicity.manage',
  // Báo cáo tổng kết: compile, edit its sections, refresh its statistics
  'report.edit',
  // Phản ánh, kiến nghị: a unit head raises and follows their unit's threads; the office handles all
  'thread.raise',
  'thread.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_READ: Permission[] = ['org.read', 'unit.read', 'conference.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS.filter((p) => p !== 'org.create'),
  council_chair: [
    ...STAFF_READ,
    'conference.create',
    'conference.edit',
    'audit.read',
    'nomination.read',
    'review.manage',
    'review.read',
    'delegate.read',
    'delegate.override',
    'document.issue',
    'dashboard.view',
    'budget.view',
    'program.view',
    'honour.read',
  ],
  secretary: [
    ...STAFF_READ,
    'unit.manage',
    'conference.create',
    'conference.edit',
    'audit.read',
    'nomination.settings',
    'nomination.read',
    'nomination.review',
    'nomination.write',
    'review.manage',
    'review.read',
    'delegate.read',
    'delegate.manage',
    'delegate.checkin',
    'document.issue',
    'certificate.manage',
    'dashboard.view',
    'budget.view',
    'budget.manage',
    'task.manage',
    'program.view',
    'program.manage',
    'honour.read',
    'honour.manage',
    'movement.register',
    'notice.manage',
    'publicity.manage',
    'report.edit',
    'thread.manage',
  ],
  council_member: [...STAFF_READ, 'nomination.read', 'review.read', 'program.view', 'honour.read'],
  culture_officer: [...STAFF_READ, 'program.view', 'program.manage', 'publicity.manage'],
  finance_officer: [...STAFF_READ, 'budget.view', 'budget.manage'],
  // Trưởng đơn vị: everything but org/conference reading is bound to their own unit (see `can`).
  unit_head: [
    'org.read',
    'unit.read',
    'conference.read',
    'nomination.write',
    'movement.register',
    'thread.raise',
  ],
  reception: ['org.read', 'conference.read', 'delegate.checkin', 'program.view'],
};

const UNIT_HEAD_UNBOUND: readonly Permission[] = ['org.read', 'conference.read'];

export type Membership = {
  organizationId: string;
  conferenceId: string | null;
  unitId: string | null;
  role: Role;
};

export type Actor = {
  userId: string;
  username: string;
  fullName: string;
  isSystemAdmin: boolean;
  memberships: Membership[];
};

/** The object a permission is checked against. */
export type Scope = { organizationId: string; conferenceId?: string | null; unitId?: string | null };

export function can(actor: Actor | null, permission: Permission, scope: Scope | null): boolean {
  if (!actor) return false;
  if (actor.isSystemAdmin) return true;
  if (!scope) return false;
  return actor.memberships.some((m) => {
    if (m.organizationId !== scope.organizationId) return false;
    if (m.conferenceId && scope.conferenceId !== undefined && m.conferenceId !== scope.conferenceId)
      return false;
    if (!ROLE_PERMISSIONS[m.role].includes(permission)) return false;
    // A unit head's permissions hold for their own unit only.
    if (m.role === 'unit_head' && !UNIT_HEAD_UNBOUND.includes(permission)) {
      return scope.unitId != null && scope.unitId === m.unitId;
    }
    return true;
  });
}

/** Roles the actor holds in an organization (and conference), for display. */
export function rolesIn(actor: Actor, organizationId: string, conferenceId?: string): Role[] {
  return [
    ...new Set(
      actor.memberships
        .filter(
          (m) =>
            m.organizationId === organizationId &&
            (!m.conferenceId || conferenceId === undefined || m.conferenceId === conferenceId),
        )
        .map((m) => m.role),
    ),
  ];
}
