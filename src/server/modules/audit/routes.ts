import { auditListView, auditQuerySchema } from '../../../shared/schemas/audit';
import { authorize } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { route } from '../../http/route';
import { listAudit } from './data';
import { presentAuditEntry } from './presenters';

export async function auditRoutes(app: AppInstance) {
  route(
    app,
    'GET',
    '/api/organizations/:orgId/audit',
    {
      policy: 'audit.read',
      tags: ['audit'],
      summary: 'Nhật ký thay đổi của một tổ chức',
      params: orgParams,
      querystring: auditQuerySchema,
      response: { 200: auditListView },
    },
    async ({ req, actor }) => {
      authorize(actor, 'audit.read', { organizationId: req.params.orgId });
      return { items: (await listAudit(app.deps.db, req.params.orgId, req.query)).map(presentAuditEntry) };
    },
  );
}
