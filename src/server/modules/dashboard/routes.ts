import { openThreads } from '../../../shared/rules/dashboard';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { dashboardView } from '../../../shared/schemas/dashboard';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { route } from '../../http/route';
import { loadStoredFacts } from '../conferences/lifecycle-data';
import { openThreadFigures } from '../threads/data';
import { budgetTotal } from './budget-total';
import { conferenceFacts, nominationCounts } from './data';
import { presentDashboard } from './presenters';

export async function dashboardRoutes(app: AppInstance) {
  const { db } = app.deps;

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/dashboard',
    {
      policy: 'dashboard.view',
      tags: ['dashboard'],
      summary: 'Bảng điều khiển của hội nghị',
      params: confParams,
      response: { 200: dashboardView },
      // the same for everyone allowed to see it (checked before the cache), and for the day
      cache: () => todayInVietnam(),
    },
    async ({ conf }) => {
      const today = todayInVietnam();
      // three reads side by side, then the pure rules
      const [facts, counts, { budget, prizes }, stored, threadFigures] = await Promise.all([
        conferenceFacts(db, conf, today),
        nominationCounts(db, conf.id),
        budgetTotal(db, conf),
        loadStoredFacts(db, conf),
        openThreadFigures(db, conf.organizationId, conf.id),
      ]);
      const threads = openThreads(threadFigures);
      return presentDashboard(conf, today, { facts, counts, budget, prizes, stored, threads });
    },
  );
}
