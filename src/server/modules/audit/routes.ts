import { vi } from '../../../shared/i18n/vi';
import {
  auditActorsView,
  auditFilterSchema,
  auditListView,
  auditQuerySchema,
} from '../../../shared/schemas/audit';
import { NO_STORE, sendDownload } from '../../documents/download';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { getOrganization } from '../organizations/data';
import { listAudit, listAuditActors } from './data';
import { presentAuditPage } from './presenters';
import { exportAuditXlsx } from './xlsx';

// GET  /api/organizations/:orgId/audit              audit.read → a page of the log + the names it mentions
// GET  /api/organizations/:orgId/audit/actors       audit.read → who appears in the log (the person filter)
// GET  /api/organizations/:orgId/audit/export.xlsx  audit.read → the filtered log as XLSX, in Vietnamese

/** The most entries one export holds (newest first). */
const MAX_EXPORT_ROWS = 20_000;

export async function auditRoutes(app: AppInstance) {
  const { db } = app.deps;
  const tags = ['audit'];
  const auditRead = routeGroup(app, { tags, policy: 'audit.read', params: orgParams });

  auditRead.get(
    '/api/organizations/:orgId/audit',
    {
      summary: 'Nhật ký thay đổi của một tổ chức (lọc theo người, ngày, loại đối tượng)',
      querystring: auditQuerySchema,
      response: { 200: auditListView },
    },
    async ({ req }) =>
      presentAuditPage(db, req.params.orgId, await listAudit(db, req.params.orgId, req.query)),
  );

  auditRead.get(
    '/api/organizations/:orgId/audit/actors',
    {
      summary: 'Những người có thao tác trong nhật ký (để lọc)',
      response: { 200: auditActorsView },
    },
    async ({ req }) => ({ items: await listAuditActors(db, req.params.orgId) }),
  );

  auditRead.get(
    '/api/organizations/:orgId/audit/export.xlsx',
    {
      summary: 'Xuất nhật ký thay đổi đã lọc (XLSX)',
      querystring: auditFilterSchema,
      response: { 200: fileResponse('Nhật ký thay đổi', CONTENT_TYPES.xlsx) },
    },
    async ({ req, reply }) => {
      const orgId = req.params.orgId;
      const organization = orNotFound(await getOrganization(db, orgId), 'tổ chức');
      const page = await presentAuditPage(
        db,
        orgId,
        await listAudit(db, orgId, { ...req.query, limit: MAX_EXPORT_ROWS }),
      );
      const actorName = req.query.actorUserId
        ? ((await listAuditActors(db, orgId)).find((a) => a.userId === req.query.actorUserId)?.name ?? null)
        : null;
      const bytes = await exportAuditXlsx(page, {
        organizationName: organization.name,
        filter: req.query,
        actorName,
      });
      return sendDownload(reply, { type: 'xlsx', name: vi.audit.exportFile, bytes, headers: NO_STORE });
    },
  );
}
