import { STATUS_LABELS } from '../../../shared/rules/submission';
import type { NominationStatus } from '../../../shared/schemas/nominations';
import { requireActor } from '../../auth/policy';
import { attachment, XLSX_TYPE } from '../../content-disposition';
import { AppError, forbidden, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { readUpload } from '../../http/upload';
import { importRefusal } from '../../xlsx/import-errors';
import { listNominations } from './data';
import { createNominations } from './mutations';
import { authorizeUnitWrite, listQuery, loadNominationContext } from './routes';
import { summaryText } from './summary';
import { buildNominationTemplate, MAX_IMPORT_ROWS } from './xlsx';
import { exportNominationsXlsx } from './xlsx-export';
import { parseNominationSheet } from './xlsx-import';

const MAX_IMPORT_BYTES = 15 * 1024 * 1024;
const MAX_EXPORT_ROWS = 50_000;

export async function nominationXlsxRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/conferences/:conferenceId/units/:unitId/nominations/template.xlsx',
    {
      config: { policy: 'nomination.write' },
      schema: { tags: ['nominations'], summary: 'Tải mẫu danh sách đề nghị (XLSX)', params: confUnitParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const ctx = await loadNominationContext(db, actor, req.params.conferenceId);
      authorizeUnitWrite(actor, ctx.conf, req.params.unitId);
      const unitName = ctx.unitName.get(req.params.unitId);
      if (!unitName) throw notFound('đơn vị');
      const bytes = await buildNominationTemplate({
        conferenceName: ctx.conf.plan.name,
        unitName,
        awardForms: ctx.forms.map((f) => ({
          id: f.id,
          code: f.code,
          name: f.name,
          appliesTo: f.appliesTo as 'individual',
        })),
      });
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`Mau-danh-sach-de-nghi-${unitName}.xlsx`))
        .send(bytes);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/units/:unitId/nominations/import',
    {
      config: { policy: 'nomination.write' },
      schema: {
        tags: ['nominations'],
        summary: 'Nhập danh sách đề nghị từ XLSX (tất cả hoặc không dòng nào)',
        params: confUnitParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const ctx = await loadNominationContext(db, actor, req.params.conferenceId);
      authorizeUnitWrite(actor, ctx.conf, req.params.unitId);
      const upload = await readUpload(
        await req.file({ limits: { fileSize: MAX_IMPORT_BYTES } }),
        MAX_IMPORT_BYTES,
      );
      const parsed = await parseNominationSheet(upload.bytes, {
        awardForms: ctx.forms.map((f) => ({
          id: f.id,
          code: f.code,
          name: f.name,
          appliesTo: f.appliesTo as 'individual',
        })),
      });
      if (!parsed.ok) throw importRefusal(parsed.errors);
      if (parsed.rows.length > MAX_IMPORT_ROWS)
        throw new AppError('VALIDATION', `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần nhập`);
      const rows = await createNominations(db, actor, ctx.conf, req.params.unitId, parsed.rows, 'import');
      return reply.code(201).send({ created: rows.length });
    },
  );

  app.get(
    '/api/conferences/:conferenceId/nominations/export.xlsx',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['nominations'],
        summary: 'Xuất danh sách đề nghị (XLSX)',
        params: confParams,
        querystring: listQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const ctx = await loadNominationContext(db, actor, req.params.conferenceId);
      if (!ctx.access) throw forbidden('Bạn không có quyền xem các đề nghị của hội nghị này');
      const { limit: _limit, offset: _offset, ...filters } = req.query;
      const { rows } = await listNominations(
        db,
        {
          ...filters,
          conferenceId: ctx.conf.id,
          unitIds: ctx.access.unitIds,
          visibleStatuses: ctx.access.statuses,
        },
        { limit: MAX_EXPORT_ROWS, offset: 0 },
        { details: true },
      );
      const bytes = await exportNominationsXlsx(
        rows.map((r) => ({
          unitName: r.unitName,
          kind: r.kind,
          awardFormName: r.awardFormName,
          name: r.name,
          gender: r.gender,
          birthYear: r.individual?.birthYear ?? null,
          occupationGroup: r.occupationGroup,
          position: r.individual?.position ?? r.collective?.collectiveType ?? '',
          status: r.status,
          statusLabel: STATUS_LABELS[r.status as NominationStatus],
          summaryText: summaryText(r.summaryHtml),
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
        { title: `Danh sách đề nghị vinh danh — ${ctx.conf.plan.name}` },
      );
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('Danh-sach-de-nghi.xlsx'))
        .send(bytes);
    },
  );
}
