// GET /api/conferences/:conferenceId/honorees/export.xlsx   review.read → the honorees page as XLSX
import { attachment, XLSX_TYPE } from '../../content-disposition';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { route } from '../../http/route';
import { exportHonoreesXlsx } from './honorees-xlsx';
import { presentHonorees } from './presenters';

export async function honoreeXlsxRoutes(app: AppInstance) {
  const { db } = app.deps;
  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/honorees/export.xlsx',
    {
      policy: 'review.read',
      tags: ['selection'],
      summary: 'Xuất Excel danh sách tập thể, cá nhân được vinh danh',
      params: confParams,
      response: { 200: fileResponse('Danh sách được vinh danh (XLSX)', CONTENT_TYPES.xlsx) },
    },
    async ({ reply, actor, conf }) => {
      const bytes = await exportHonoreesXlsx(await presentHonorees(db, actor, conf));
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('Danh-sach-vinh-danh.xlsx'))
        .send(bytes);
    },
  );
}
