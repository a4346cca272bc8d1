import { type Actor, can } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import { loadConferenceFor } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { listUnits } from '../units/data';
import { getUnitReport } from './data';

/** The unit's report as the actor may see it; units see their own, the office and council all sent ones. */
export async function loadReport(db: Db, actor: Actor, params: { conferenceId: string; unitId: string }) {
  const conf = await loadConferenceFor(db, actor, params.conferenceId);
  const unit = (await listUnits(db, conf.organizationId)).find((u) => u.id === params.unitId);
  if (!unit) throw notFound('đơn vị');
  const scope = { ...conferenceScope(conf), unitId: unit.id };
  const own = can(actor, 'nomination.write', scope);
  const report = await getUnitReport(db, conf.id, unit.id);
  const sent = report && report.status !== 'draft';
  if (!own && !(can(actor, 'nomination.read', scope) && (sent || !report))) {
    throw forbidden('Bạn không có quyền xem báo cáo của đơn vị này');
  }
  return { conf, unit, report, scope };
}
