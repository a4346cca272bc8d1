import { dossierImportView, importDossierQuerySchema } from '../../../shared/schemas/selection';
import { NO_STORE, sendDownload } from '../../documents/download';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { route } from '../../http/route';
import { readUpload } from '../../http/upload';
import { checkAttachment } from '../../storage/file-check';
import { listAwardForms } from '../award-forms/data';
import { authorizeUnitWrite } from '../nominations/access';
import { assertSubmissionOpen } from '../nominations/mutations';
import { getOrganization } from '../organizations/data';
import { getUnit } from '../units/data';
import { listDossierMembers } from './data';
import { buildDossierZip, mapDossierMembers, openDossier } from './dossier';
import { type ImportedMember, importDossierMembers } from './mutations';
import { MAX_DOSSIER_INFLATED_BYTES } from './zip-read';

/** The upload itself may not exceed what it may declare inflated. */
const MAX_DOSSIER_UPLOAD_BYTES = MAX_DOSSIER_INFLATED_BYTES;

export async function dossierRoutes(app: AppInstance) {
  const { db, files } = app.deps;

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/delegation/dossier.zip',
    {
      policy: 'review.manage',
      tags: ['selection'],
      summary: 'Xuất hồ sơ đoàn (ZIP: manifest, dossier.json, tệp đính kèm; SHA-256 từng tệp)',
      params: confParams,
      response: { 200: fileResponse('Hồ sơ đoàn (ZIP)', CONTENT_TYPES.zip) },
    },
    async ({ reply, conf }) => {
      const org = await getOrganization(db, conf.organizationId);
      const bytes = await buildDossierZip({
        source: {
          organization: { id: conf.organizationId, name: org?.name ?? '' },
          conference: { id: conf.id, name: conf.plan.name },
        },
        targetName: conf.plan.delegationQuota.targetName,
        members: await listDossierMembers(db, conf.id),
        files,
      });
      const name = `Ho-so-doan-${conf.plan.name}.zip`;
      return sendDownload(reply, { type: 'zip', name, bytes, headers: NO_STORE });
    },
  );

  route(
    app,
    'POST',
    '/api/conferences/:conferenceId/units/:unitId/nominations/import-dossier',
    {
      policy: 'nomination.write',
      // visible conference only: the unit-scoped permission is checked by authorizeUnitWrite
      conferencePermission: 'conference.read',
      tags: ['selection'],
      summary: 'Nhập hồ sơ đoàn của cấp dưới thành bản nháp đề nghị của một đơn vị (tất cả hoặc không)',
      params: confUnitParams,
      querystring: importDossierQuerySchema,
      consumes: ['multipart/form-data'],
      response: { 201: dossierImportView },
    },
    async ({ req, reply, actor, conf }) => {
      authorizeUnitWrite(actor, conf, req.params.unitId);
      const unit = await getUnit(db, req.params.unitId);
      if (!unit || unit.organizationId !== conf.organizationId) throw notFound('đơn vị');
      const upload = await readUpload(req, MAX_DOSSIER_UPLOAD_BYTES);
      // 1. verify everything (nothing stored yet)
      const { manifest, dossier, files: content } = await openDossier(upload.bytes);
      const mapped = mapDossierMembers(dossier, await listAwardForms(db, conf.id), req.query.awardFormId);
      await assertSubmissionOpen(db, conf, unit.id, unit.name);
      const members: (ImportedMember & { bytes: Buffer[] })[] = [];
      for (const { member, input } of mapped) {
        const checked = [];
        const bytes = [];
        for (const a of member.attachments) {
          const b = content.get(a.path)!;
          checked.push({
            fileName: a.fileName,
            mimeType: await checkAttachment(a.fileName, b),
            size: b.length,
            sha256: a.sha256,
          });
          bytes.push(b);
        }
        members.push({ input, files: checked, bytes, result: member.result });
      }
      // 2. write: bytes to the content-addressed store, then every row in one transaction
      for (const m of members) for (const b of m.bytes) await files.put(b);
      const ids = await importDossierMembers(db, actor, conf, unit.id, members, {
        organization: manifest.source.organization.name,
        conference: manifest.source.conference.name,
        exportedAt: manifest.exportedAt,
      });
      return reply.code(201).send({
        imported: ids.length,
        attachments: members.reduce((s, m) => s + m.files.length, 0),
        nominationIds: ids,
        message: `Đã nhập ${ids.length} hồ sơ của ${manifest.source.organization.name} thành bản nháp đề nghị của ${unit.name}`,
      });
    },
  );
}
