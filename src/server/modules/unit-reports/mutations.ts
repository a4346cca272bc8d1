import { sql } from 'drizzle-orm';
import { viNominations } from '../../../shared/i18n/vi-nominations';
import type { Actor } from '../../../shared/rules/permissions';
import { nextStatus, type SubmissionAction, unitMayEdit } from '../../../shared/rules/submission';
import type { ReportNumbers, ReportSections, ReportStatus } from '../../../shared/schemas/nominations';
import type { Db } from '../../db/client';
import { unitReports } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError } from '../../errors';
import { upsertAudited } from '../audit/audited-mutations';
import { auditInsertedRows, writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { assertSubmissionOpen } from '../nominations/mutations';
import { unitHeadIds } from '../notifications/data';
import { notify } from '../notifications/mutations';
import { message } from '../notifications/templates';
import { getUnit } from '../units/data';
import { getUnitReport } from './data';

/** Saves the unit's report (báo cáo đánh giá); version 0 creates it. Editable as a draft or when returned. */
export async function saveUnitReport(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  unitId: string,
  input: { sections: ReportSections; numbers: ReportNumbers; version: number },
) {
  return db.transaction(async (tx) => {
    const unit = await getUnit(tx, unitId);
    const before = await getUnitReport(tx, conference.id, unitId);
    if (before && !unitMayEdit(before.status as ReportStatus)) {
      throw new AppError(
        'INVALID_STATE',
        `Báo cáo đang ở trạng thái "${viNominations.status[before.status as ReportStatus]}", không sửa được`,
      );
    }
    if (!before || before.status === 'draft') {
      await assertSubmissionOpen(tx, conference, unitId, unit?.name ?? 'Đơn vị');
    }
    return upsertAudited(tx, actor, conference, unitReports, 'unit_report', {
      before,
      input: { sections: input.sections, numbers: input.numbers, version: input.version },
      key: { unitId },
      current: () => getUnitReport(tx, conference.id, unitId),
    });
  });
}

export async function transitionUnitReport(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  unitId: string,
  action: Exclude<SubmissionAction, 'reject'>,
  input: { version: number; reason?: string },
) {
  return db.transaction(async (tx) => {
    const before = await getUnitReport(tx, conference.id, unitId);
    if (!before) throw new AppError('INVALID_STATE', 'Đơn vị chưa có báo cáo');
    const to = nextStatus(before.status as ReportStatus, action, true);
    if (!to) {
      throw new AppError(
        'INVALID_STATE',
        `Không thể ${viNominations.actionVerb[action]} báo cáo đang ở trạng thái "${viNominations.status[before.status as ReportStatus]}"`,
      );
    }
    if (action === 'return' && !input.reason?.trim()) {
      throw new AppError('VALIDATION', 'Cần ghi rõ lý do trả lại', {
        fields: { reason: 'Lý do không được để trống' },
      });
    }
    if (action === 'submit' && before.status === 'draft') {
      const unit = await getUnit(tx, unitId);
      await assertSubmissionOpen(tx, conference, unitId, unit?.name ?? 'Đơn vị');
    }
    const after = await updateVersioned(
      tx,
      unitReports,
      before.id,
      input.version,
      {
        status: to,
        returnReason: action === 'return' ? input.reason!.trim() : null,
        ...(action === 'submit' ? { submittedAt: sql`now()` } : {}),
      },
      () => getUnitReport(tx, conference.id, unitId),
    );
    await writeConferenceAudit(tx, actor, conference, {
      action: `unit_report.${action}`,
      entityType: 'unit_report',
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status, returnReason: after.returnReason },
    });
    if (action === 'return') {
      const unitName = (await getUnit(tx, unitId))?.name ?? 'đơn vị';
      const text = { conferenceId: conference.id, conferenceName: conference.plan.name, unitId, unitName };
      await notify(tx, {
        ...message('report_returned', { ...text, reason: after.returnReason ?? '' }),
        organizationId: conference.organizationId,
        userIds: await unitHeadIds(tx, unitId),
      });
    }
    return after;
  });
}

/**
 * Reports received and accepted earlier (the demo's history): inserted as accepted, sent on
 * `submittedOn` (Vietnam morning), one audit row each.
 */
export async function recordAcceptedReports(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  reports: { unitId: string; sections: ReportSections; numbers: ReportNumbers }[],
  submittedOn: string,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(unitReports)
      .values(
        reports.map((r) => ({
          organizationId: conference.organizationId,
          conferenceId: conference.id,
          unitId: r.unitId,
          sections: r.sections,
          numbers: r.numbers,
          status: 'accepted',
          submittedAt: new Date(`${submittedOn}T08:00:00+07:00`),
        })),
      )
      .returning({ id: unitReports.id });
    const ids = rows.map((r) => r.id);
    await auditInsertedRows(tx, actor, {
      organizationId: conference.organizationId,
      conferenceId: conference.id,
      action: 'unit_report.recorded',
      entityType: 'unit_report',
      table: 'unit_reports',
      ids,
    });
    return ids;
  });
}
