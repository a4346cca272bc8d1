import {
  summaryReportView,
  summarySectionHistoryView,
  summarySectionKey,
  summarySectionSaveSchema,
  summarySectionView,
} from '../../../shared/schemas/summary-report';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { getSection, loadReport, sectionHistory } from './data';
import { compileReport, saveSection } from './mutations';
import { presentReport, presentSection } from './presenters';

const tags = ['summary-report'];
const base = '/api/conferences/:conferenceId/summary-report';
const sectionParams = confParams.extend({ key: summarySectionKey });

/**
 * Báo cáo tổng kết of a conference. Read with 'nomination.read' (the office's working draft: the
 * council and the office read it, the units do not — the register reads a BC with the same
 * permission); compile and edit with 'report.edit'. GET answers a report never
 * compiled with empty sections at version 1 (saving one creates the report).
 */
export async function summaryReportRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags, policy: 'nomination.read', params: confParams });
  const edit = routeGroup(app, { tags, policy: 'report.edit', params: confParams });

  read.get(
    base,
    { summary: 'Báo cáo tổng kết: các mục, số liệu', response: { 200: summaryReportView } },
    async ({ actor, conf }) => {
      const { report, sections } = await loadReport(db, conf.id);
      return presentReport(conf, report, sections, actor);
    },
  );

  edit.post(
    `${base}/compile`,
    { summary: 'Tổng hợp lại số liệu và bản tổng hợp các mục', response: { 200: summaryReportView } },
    async ({ actor, conf }) => {
      await compileReport({ db, actor, conf });
      const { report, sections } = await loadReport(db, conf.id);
      return presentReport(conf, report, sections, actor);
    },
  );

  edit.put(
    `${base}/sections/:key`,
    {
      summary: 'Sửa nội dung một mục (409 khi phiên bản đã cũ)',
      params: sectionParams,
      body: summarySectionSaveSchema,
      response: { 200: summarySectionView },
    },
    async ({ req, actor, conf }) => {
      const { key } = req.params;
      const row = await saveSection({ db, actor, conf, key, ...req.body });
      return presentSection(key, row);
    },
  );

  edit.get(
    `${base}/sections/:key/history`,
    {
      summary: 'Lịch sử sửa một mục',
      params: sectionParams,
      response: { 200: summarySectionHistoryView },
    },
    async ({ req, conf }) => {
      const section = orNotFound(await getSection(db, conf.id, req.params.key), 'mục báo cáo');
      return (await sectionHistory(db, section.id)).map((h) => ({
        version: h.version,
        body: h.body,
        editedByName: h.editedByName,
        createdAt: h.createdAt.toISOString(),
      }));
    },
  );
}
