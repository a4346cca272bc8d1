import { todayInVietnam } from '../../../shared/rules/timeline';
import { requireActor } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadConferenceFor } from '../conferences/access';
import { buildDashboard } from './build';

export async function dashboardRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/conferences/:conferenceId/dashboard',
    {
      config: { policy: 'dashboard.view' },
      schema: { tags: ['dashboard'], summary: 'Bảng điều khiển của hội nghị', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'dashboard.view');
      return buildDashboard(db, conf, todayInVietnam());
    },
  );
}
