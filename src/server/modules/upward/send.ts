import type { Actor } from '../../../shared/rules/permissions';
import { decisionReference } from '../../../shared/rules/upward';
import { DOSSIER_FORMAT, DOSSIER_VERSION } from '../../../shared/schemas/selection';
import type { UpwardSendBody, UpwardSendResult } from '../../../shared/schemas/upward';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { listAwardForms } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import { getOrganization } from '../organizations/data';
import { listDossierMembers } from '../selection/data';
import { dossierMember, mapDossierMembers } from '../selection/dossier';
import { latestDecision, listUpwardTargetRows } from './data';
import { sendDelegation } from './mutations';
import { presentTarget } from './presenters';

/**
 * Gửi đoàn lên cấp trên: finds the chosen upper conference among those linked to this organizer
 * (none linked, not linked, not open → 4xx saying which), carries each delegation member as the
 * dossier does (details, summary, unit review, council result, attachments), maps it to the upper
 * award forms by name (dossier.ts) and hands the whole to `sendDelegation` (one transaction).
 */
export async function sendDelegationOf(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  body: UpwardSendBody,
): Promise<UpwardSendResult> {
  const rows = await listUpwardTargetRows(db, conf.organizationId);
  const org = await getOrganization(db, conf.organizationId);
  const orgName = org?.name ?? '';
  if (rows.length === 0) {
    throw new AppError(
      'INVALID_STATE',
      `${orgName} chưa là đơn vị của cơ quan cấp trên nào: cấp trên cần gắn một đơn vị của mình với ${orgName} trước khi nhận đoàn.`,
    );
  }
  const row = rows.find((r) => r.conference.id === body.targetConferenceId);
  if (!row) {
    const msg = `Hội nghị cấp trên được chọn không nhận đoàn của ${orgName}`;
    throw new AppError('NOT_FOUND', msg, { fields: { targetConferenceId: msg } });
  }
  const target = await presentTarget(db, row);
  if (!target.open) {
    const others = await Promise.all(rows.filter((r) => r !== row).map((r) => presentTarget(db, r)));
    const open = others
      .filter((t) => t.open)
      .map((t) => `${t.conferenceName} (${t.organizationName})`)
      .join('; ');
    const day = target.deadline?.split('-').reverse().join('/') ?? '';
    const msg = `${row.conference.plan.name} (${row.organizationName}) không còn nhận hồ sơ: hạn nộp ${day} đã qua.${open ? ` Hội nghị đang mở: ${open}.` : ' Không có hội nghị cấp trên nào đang mở để gửi đoàn.'}`;
    throw new AppError('INVALID_STATE', msg, { fields: { targetConferenceId: msg } });
  }
  const rowsOfDelegation = await listDossierMembers(db, conf.id);
  if (rowsOfDelegation.length === 0) {
    throw new AppError(
      'INVALID_STATE',
      'Đoàn chưa có thành viên nào: hãy chọn thành viên đoàn trước khi gửi.',
    );
  }
  const members = rowsOfDelegation.map((m) =>
    dossierMember(
      m,
      m.attachments.map((a) => ({
        path: `attachments/${m.nomination.id}/${a.id}`,
        fileName: a.fileName,
        mimeType: a.mimeType,
        size: a.size,
        sha256: a.sha256,
      })),
    ),
  );
  const forms = await listAwardForms(db, row.conference.id);
  const mapped = mapDossierMembers(
    {
      format: DOSSIER_FORMAT,
      version: DOSSIER_VERSION,
      source: {
        organization: { id: conf.organizationId, name: orgName },
        conference: { id: conf.id, name: conf.plan.name },
      },
      targetName: row.conference.plan.name,
      members,
    },
    forms,
    body.awardFormId,
  );
  const d = await latestDecision(db, conf.id);
  const decision = d ? decisionReference(d.number, d.code, d.documentDate) : null;
  return sendDelegation({
    db,
    actor,
    source: conf,
    sourceOrganizationName: orgName,
    target: row.conference,
    unit: { id: row.unitId, name: row.unitName },
    forms,
    members: mapped.map(({ member, input }) => ({
      member,
      input,
      files: member.attachments.map(({ path: _path, ...f }) => f),
    })),
    decisionRef: decision,
  });
}
