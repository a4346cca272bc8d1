// Danh sách đại biểu as XLSX: template, import (all rows or none), export. Routes listed in routes.ts.

import { z } from 'zod';
import { checkCapRoom } from '../../../shared/rules/delegate-composition';
import { importDelegatesView } from '../../../shared/schemas/delegates';
import { NO_STORE, sendDownload } from '../../documents/download';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { route, routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import { importRefusal } from '../../xlsx/import-errors';
import { getDelegateList } from './data';
import { countDelegates, createDelegates } from './mutations';
import { presentMany } from './presenters';
import { buildDelegateTemplate, exportDelegatesXlsx, parseDelegateSheet } from './xlsx';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export async function delegateXlsxRoutes(app: AppInstance) {
  const { db } = app.deps;
  const tags = ['delegates'];
  const base = '/api/conferences/:conferenceId/delegates';
  const delegateManage = routeGroup(app, { tags, policy: 'delegate.manage', params: confParams });

  delegateManage.get(
    `${base}/template.xlsx`,
    {
      summary: 'Tải mẫu danh sách đại biểu (XLSX)',
      response: { 200: fileResponse('Mẫu danh sách đại biểu', CONTENT_TYPES.xlsx) },
    },
    async ({ reply, conf }) => {
      const bytes = await buildDelegateTemplate({
        conferenceName: conf.plan.name,
        rules: conf.plan.delegateRules,
      });
      return sendDownload(reply, {
        type: 'xlsx',
        name: 'Mau-danh-sach-dai-bieu.xlsx',
        bytes,
        headers: NO_STORE,
      });
    },
  );

  delegateManage.created(
    `${base}/import`,
    {
      summary: 'Nhập đại biểu từ XLSX (tất cả hoặc không dòng nào)',
      querystring: z.object({ category: z.string().max(40).optional() }),
      consumes: ['multipart/form-data'],
      response: { 201: importDelegatesView },
    },
    async ({ req, actor, conf }) => {
      const upload = await readUpload(req, MAX_IMPORT_BYTES);
      const rules = conf.plan.delegateRules;
      const defaultCategory = req.query.category ?? null;
      if (defaultCategory && !rules.categories.some((c) => c.key === defaultCategory)) {
        throw new AppError('VALIDATION', `Nhóm đại biểu "${defaultCategory}" không có trong kế hoạch`, {
          fields: { category: 'Nhóm đại biểu không có trong kế hoạch' },
        });
      }
      const parsed = await parseDelegateSheet(upload.bytes, { rules, defaultCategory });
      if (!parsed.ok) throw importRefusal(parsed.errors);
      // Checked early for a clear answer; createDelegates checks again with the list held.
      const room = checkCapRoom(rules.cap, await countDelegates(db, conf.id), parsed.rows.length);
      if (!room.ok) throw new AppError('INVALID_STATE', `Chưa lưu dòng nào. ${room.message}`);
      const rows = await createDelegates(db, actor, conf, parsed.rows, 'import');
      return { created: rows.length };
    },
  );

  route(
    app,
    'GET',
    `${base}/export.xlsx`,
    {
      policy: 'delegate.read',
      tags,
      summary: 'Xuất danh sách đại biểu (XLSX)',
      params: confParams,
      response: { 200: fileResponse('Danh sách đại biểu', CONTENT_TYPES.xlsx) },
    },
    async ({ reply, actor, conf }) => {
      const list = await getDelegateList(db, conf.id);
      const state = list?.finalizedAt ? 'đã chốt' : 'dự kiến';
      const bytes = await exportDelegatesXlsx(await presentMany(db, actor, conf), {
        title: `Danh sách đại biểu (${state}) — ${conf.plan.name}`,
        rules: conf.plan.delegateRules,
      });
      return sendDownload(reply, { type: 'xlsx', name: 'Danh-sach-dai-bieu.xlsx', bytes, headers: NO_STORE });
    },
  );
}
