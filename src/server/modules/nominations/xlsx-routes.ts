import { viNominations } from '../../../shared/i18n/vi-nominations';
import { nominationImportView } from '../../../shared/schemas/nomination-views';
import type { NominationStatus } from '../../../shared/schemas/nominations';
import { sendDownload } from '../../documents/download';
import { AppError, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { route, routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import { summaryText } from '../../rich-text';
import { importRefusal } from '../../xlsx/import-errors';
import {
  authorizeUnitWrite,
  loadNominationContext,
  type NominationContext,
  nominationListQuery,
  visibleFilter,
} from './access';
import { listNominations } from './data';
import { createNominations } from './mutations';
import { type AwardFormOption, buildNominationTemplate, MAX_IMPORT_ROWS } from './xlsx';
import { exportNominationsXlsx } from './xlsx-export';
import { parseNominationSheet } from './xlsx-import';

const MAX_IMPORT_BYTES = 15 * 1024 * 1024;
const MAX_EXPORT_ROWS = 50_000;
const tags = ['nominations'];

const formOptions = (ctx: NominationContext): AwardFormOption[] =>
  ctx.forms.map((f) => ({
    id: f.id,
    code: f.code,
    name: f.name,
    appliesTo: f.appliesTo as AwardFormOption['appliesTo'],
  }));

export async function nominationXlsxRoutes(app: AppInstance) {
  const { db } = app.deps;

  /** The conference's nominations context, for an actor who may write for the unit. */
  async function unitContext(actor: Parameters<typeof loadNominationContext>[1], params: object) {
    const { conferenceId, unitId } = params as { conferenceId: string; unitId: string };
    const ctx = await loadNominationContext(db, actor, conferenceId);
    authorizeUnitWrite(actor, ctx.conf, unitId);
    return ctx;
  }
  const nominationWrite = routeGroup(app, { tags, policy: 'nomination.write', params: confUnitParams });

  nominationWrite.get(
    '/api/conferences/:conferenceId/units/:unitId/nominations/template.xlsx',
    {
      loadConference: false,
      summary: 'Tải mẫu danh sách đề nghị (XLSX)',
      response: { 200: fileResponse('Mẫu danh sách đề nghị', CONTENT_TYPES.xlsx) },
    },
    async ({ req, reply, actor }) => {
      const ctx = await unitContext(actor, req.params);
      const unitName = ctx.unitName.get(req.params.unitId);
      if (!unitName) throw notFound('đơn vị');
      const bytes = await buildNominationTemplate({
        conferenceName: ctx.conf.plan.name,
        unitName,
        awardForms: formOptions(ctx),
      });
      return sendDownload(reply, { type: 'xlsx', name: `Mau-danh-sach-de-nghi-${unitName}.xlsx`, bytes });
    },
  );

  nominationWrite.created(
    '/api/conferences/:conferenceId/units/:unitId/nominations/import',
    {
      loadConference: false,
      summary: 'Nhập danh sách đề nghị từ XLSX (tất cả hoặc không dòng nào)',
      consumes: ['multipart/form-data'],
      response: { 201: nominationImportView },
    },
    async ({ req, actor }) => {
      const ctx = await unitContext(actor, req.params);
      const upload = await readUpload(req, MAX_IMPORT_BYTES);
      const parsed = await parseNominationSheet(upload.bytes, { awardForms: formOptions(ctx) });
      if (!parsed.ok) throw importRefusal(parsed.errors);
      if (parsed.rows.length > MAX_IMPORT_ROWS)
        throw new AppError('VALIDATION', `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần nhập`);
      const rows = await createNominations(db, actor, ctx.conf, req.params.unitId, parsed.rows, 'import');
      return { created: rows.length };
    },
  );

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/nominations/export.xlsx',
    {
      policy: 'authenticated',
      tags,
      summary: 'Xuất danh sách đề nghị (XLSX)',
      params: confParams,
      querystring: nominationListQuery,
      response: { 200: fileResponse('Danh sách đề nghị', CONTENT_TYPES.xlsx) },
    },
    async ({ req, reply, actor }) => {
      const ctx = await loadNominationContext(db, actor, req.params.conferenceId);
      const { limit: _limit, offset: _offset, ...query } = req.query;
      const { rows } = await listNominations(
        db,
        visibleFilter(ctx, query),
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
          statusLabel: viNominations.status[r.status as NominationStatus],
          summaryText: summaryText(r.summaryHtml),
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
        { title: `Danh sách đề nghị vinh danh — ${ctx.conf.plan.name}` },
      );
      return sendDownload(reply, { type: 'xlsx', name: 'Danh-sach-de-nghi.xlsx', bytes });
    },
  );
}
