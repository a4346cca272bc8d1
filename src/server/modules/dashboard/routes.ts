// Bảng điều khiển — HTTP route. B = /api/conferences/:conferenceId
//
// method  path           policy           answer
// GET     B/dashboard    dashboard.view   Dashboard (src/shared/schemas/dashboard.ts): timeline progress,
//                                         units that have not submitted, sent nominations by unit / form /
//                                         gender / occupation group, quota fill, delegate composition vs
//                                         the plan's rules, checklist and task progress, budget total.
//
// Not cached: every request runs the three aggregate queries (data.ts, budget-total.ts) side by side.
import { z } from 'zod';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { uuidParam } from '../../../shared/schemas/primitives';
import type { AppInstance } from '../../app';
import { requireActor } from '../../auth/policy';
import { loadConferenceFor } from '../conferences/access';
import { buildDashboard } from './build';

const confParams = z.object({ conferenceId: uuidParam('Mã hội nghị') });

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
