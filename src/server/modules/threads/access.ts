// Who reads and writes which thread: the office (thread.manage) all of its organization's, a unit
// head their own unit's (thread.raise bound to the unit by `can`). Another's thread is a 404.
import { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import { isOfficeFor, mayReadThread, raisableUnits } from '../../../shared/rules/threads';
import { uuidParam } from '../../../shared/schemas/primitives';
import type { ThreadInput } from '../../../shared/schemas/threads';
import type { Db } from '../../db/client';
import { AppError, forbidden, notFound } from '../../errors';
import {
  getConferenceRef,
  getNominationRef,
  getThread,
  getUnitRef,
  getUnitReportRef,
  orgUnits,
} from './data';

export const threadParams = z.object({ threadId: uuidParam('Mã phản ánh') });
export const messageParams = threadParams.extend({ messageId: uuidParam('Mã tin nhắn') });
export const attachmentParams = threadParams.extend({ attachmentId: uuidParam('Mã tệp') });

/** The thread, when the actor may read it (404 otherwise: a unit does not learn of another's). */
export async function loadThread(db: Db, actor: Actor, threadId: string) {
  const t = await getThread(db, threadId);
  if (!t || !mayReadThread(actor, t)) throw notFound('phản ánh');
  return t;
}

/** The thread, for the office only (403 for a unit head who may read it). */
export async function loadThreadForOffice(db: Db, actor: Actor, threadId: string) {
  const t = await loadThread(db, actor, threadId);
  if (!isOfficeFor(actor, t.organizationId)) throw forbidden('Chỉ Văn phòng mới xử lý phản ánh');
  return t;
}

/** What part of an organization's threads the actor sees: all (office), their units', or nothing (403). */
export async function threadScope(db: Db, actor: Actor, organizationId: string) {
  if (isOfficeFor(actor, organizationId)) {
    return { office: true as const, unitIds: undefined, units: await orgUnits(db, organizationId) };
  }
  const all = await orgUnits(db, organizationId);
  const own = raisableUnits(
    actor,
    organizationId,
    all.map((u) => u.id),
  );
  if (own.length === 0) throw forbidden('Bạn không có quyền xem phản ánh, kiến nghị của cơ quan này');
  return { office: false as const, unitIds: own, units: all.filter((u) => own.includes(u.id)) };
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', `Dữ liệu không hợp lệ: ${message}`, { fields: { [field]: message } });

/**
 * A new thread's unit is the actor's own (403 otherwise) and of this organization; its links
 * (conference, nomination, unit report) belong to the same organization and unit. Returns the
 * input with the conference filled in from the nomination or report.
 */
export async function checkThreadInput(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: ThreadInput,
): Promise<ThreadInput & { unitName: string }> {
  const unit = await getUnitRef(db, input.unitId);
  if (!unit || unit.organizationId !== organizationId)
    throw invalid('unitId', 'Đơn vị không thuộc cơ quan này');
  if (raisableUnits(actor, organizationId, [unit.id]).length === 0) {
    throw forbidden('Chỉ trưởng đơn vị mới gửi được phản ánh của đơn vị mình');
  }
  let conferenceId = input.conferenceId;
  for (const [field, ref, what] of [
    ['nominationId', input.nominationId && (await getNominationRef(db, input.nominationId)), 'Hồ sơ đề nghị'],
    [
      'unitReportId',
      input.unitReportId && (await getUnitReportRef(db, input.unitReportId)),
      'Báo cáo đơn vị',
    ],
  ] as const) {
    const id = field === 'nominationId' ? input.nominationId : input.unitReportId;
    if (!id) continue;
    if (!ref || ref.organizationId !== organizationId || ref.unitId !== unit.id) {
      throw invalid(field, `${what} không thuộc đơn vị của phản ánh`);
    }
    if (conferenceId && conferenceId !== ref.conferenceId) {
      throw invalid(field, `${what} không thuộc hội nghị đã chọn`);
    }
    conferenceId = ref.conferenceId;
  }
  if (conferenceId) {
    const conf = await getConferenceRef(db, conferenceId);
    if (!conf || conf.organizationId !== organizationId) {
      throw invalid('conferenceId', 'Hội nghị không thuộc cơ quan này');
    }
  }
  const unitName = (await orgUnits(db, organizationId, [unit.id]))[0]?.name ?? '';
  return { ...input, conferenceId, unitName };
}
