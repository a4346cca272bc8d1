import { z } from 'zod';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { listAudit } from './data';

export async function auditRoutes(app: AppInstance) {
  app.get(
    '/api/organizations/:orgId/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi của một tổ chức',
        params: z.object({ orgId: uuidParam('Mã tổ chức') }),
        querystring: z.object({
          entityType: z.string().max(50).optional(),
          entityId: z.string().max(100).optional(),
          conferenceId: z.uuid({ error: 'Mã hội nghị không hợp lệ' }).optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'audit.read', { organizationId: req.params.orgId });
      return { items: await listAudit(app.deps.db, req.params.orgId, req.query) };
    },
  );
}
