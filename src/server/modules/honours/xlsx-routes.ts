import { honourImportResultView, honourLookupQuerySchema } from '../../../shared/schemas/honours';
import { sendDownload } from '../../documents/download';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import { importRefusal } from '../../xlsx/import-errors';
import { getOrganization } from '../organizations/data';
import { listHonourForms, lookupHonours } from './data';
import { importHonours } from './import-mutations';
import { presentHonour } from './presenters';
import { buildHonourTemplate, exportHonoursXlsx } from './xlsx';
import { parseHonourSheet } from './xlsx-import';

const tags = ['honours'];
const MAX_IMPORT_BYTES = 15 * 1024 * 1024;
const MAX_EXPORT_ROWS = 50_000;

/** Sổ khen thưởng in XLSX: the export of a lookup, the template and the import of earlier decisions. */
export async function honourXlsxRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags, policy: 'honour.read', params: orgParams });
  const manage = routeGroup(app, { tags, policy: 'honour.manage', params: orgParams });

  read.get(
    '/api/organizations/:orgId/honours/export.xlsx',
    {
      summary: 'Xuất sổ khen thưởng theo điều kiện tra cứu (XLSX)',
      querystring: honourLookupQuerySchema,
      response: { 200: fileResponse('Sổ khen thưởng', CONTENT_TYPES.xlsx) },
    },
    async ({ req, reply }) => {
      const { limit: _limit, offset: _offset, ...filter } = req.query;
      const org = await getOrganization(db, req.params.orgId);
      const { rows } = await lookupHonours(
        db,
        req.params.orgId,
        filter,
        { limit: MAX_EXPORT_ROWS, offset: 0 },
        MAX_EXPORT_ROWS,
      );
      const bytes = await exportHonoursXlsx(rows.map(presentHonour), `Sổ khen thưởng — ${org?.name ?? ''}`);
      return sendDownload(reply, { type: 'xlsx', name: 'So-khen-thuong.xlsx', bytes });
    },
  );

  manage.get(
    '/api/organizations/:orgId/honours/template.xlsx',
    {
      summary: 'Tải mẫu nhập khen thưởng cũ (XLSX, có danh sách chọn)',
      response: { 200: fileResponse('Mẫu nhập khen thưởng cũ', CONTENT_TYPES.xlsx) },
    },
    async ({ req, reply }) => {
      const [org, forms] = await Promise.all([
        getOrganization(db, req.params.orgId),
        listHonourForms(db, req.params.orgId),
      ]);
      const bytes = await buildHonourTemplate({ organizationName: org?.name ?? '', forms });
      return sendDownload(reply, { type: 'xlsx', name: 'Mau-nhap-khen-thuong.xlsx', bytes });
    },
  );

  manage.created(
    '/api/organizations/:orgId/honours/import',
    {
      summary: 'Nhập khen thưởng cũ từ XLSX (tất cả hoặc không dòng nào)',
      consumes: ['multipart/form-data'],
      response: { 201: honourImportResultView },
    },
    async ({ req, actor }) => {
      const upload = await readUpload(req, MAX_IMPORT_BYTES);
      const forms = await listHonourForms(db, req.params.orgId);
      const parsed = await parseHonourSheet(upload.bytes, forms);
      // a file that could not be read at all, or no row read well: nothing to check against the register
      if (!parsed.ok && parsed.rows.length === 0) throw importRefusal(parsed.errors);
      return importHonours({
        db,
        actor,
        organizationId: req.params.orgId,
        rows: parsed.rows,
        errors: parsed.ok ? [] : parsed.errors,
      });
    },
  );
}
