import { reportingPeriod } from '../../../shared/rules/statistics-forms';
import { statisticsQuerySchema, statisticsView } from '../../../shared/schemas/movements';
import type { Db } from '../../db/client';
import { NO_STORE, sendDownload } from '../../documents/download';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { getOrganization } from '../organizations/data';
import { statisticsCounts } from './data';
import { presentStatistics } from './presenters';
import { statisticsWorkbook } from './xlsx-statistics';

const base = '/api/organizations/:orgId/statistics';

async function statisticsOf(
  db: Db,
  organizationId: string,
  query: { yearFrom: number; yearTo: number; receiver: string },
) {
  const org = orNotFound(await getOrganization(db, organizationId), 'cơ quan tổ chức');
  const counts = await statisticsCounts(db, organizationId, reportingPeriod(query.yearFrom, query.yearTo));
  return presentStatistics({ ...query, reporter: org.name, counts });
}

/** Thống kê thi đua, khen thưởng (biểu 0601–0605.N/BNV-TĐKT, or 0701–0703 before 02/2023). */
export async function statisticsRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags: ['statistics'], policy: 'honour.read', params: orgParams });

  read.get(
    base,
    {
      summary: 'Thống kê thi đua, khen thưởng theo biểu mẫu của Bộ Nội vụ',
      querystring: statisticsQuerySchema,
      response: { 200: statisticsView },
    },
    ({ req }) => statisticsOf(db, req.params.orgId, req.query),
  );

  read.get(
    `${base}.xlsx`,
    {
      summary: 'Tải các biểu thống kê thi đua, khen thưởng (XLSX, mỗi biểu một trang tính)',
      querystring: statisticsQuerySchema,
      response: { 200: fileResponse('Biểu thống kê TĐKT (XLSX)', CONTENT_TYPES.xlsx) },
    },
    async ({ req, reply }) => {
      const view = await statisticsOf(db, req.params.orgId, req.query);
      const years = view.yearFrom === view.yearTo ? `${view.yearTo}` : `${view.yearFrom}-${view.yearTo}`;
      return sendDownload(reply, {
        type: 'xlsx',
        name: `Thống kê TĐKT ${years}.xlsx`,
        bytes: await statisticsWorkbook(view),
        headers: NO_STORE,
      });
    },
  );
}
