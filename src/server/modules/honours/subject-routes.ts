import { duplicatePairs } from '../../../shared/rules/honour-register';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import {
  disciplineBodySchema,
  duplicateListView,
  mergeBodySchema,
  subjectPageView,
  subjectView,
} from '../../../shared/schemas/honours';
import type { AwardSubject } from '../../../shared/schemas/nominations';
import { uuidParam } from '../../../shared/schemas/primitives';
import type { Db } from '../../db/client';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { duplicateCandidates, subjectFamily } from './data';
import { presentSubject, presentSubjectPage } from './presenters';
import { mergeSubjects, setDiscipline, unmergeSubject } from './subject-mutations';

const tags = ['honours'];
const subjectParams = orgParams.extend({ subjectId: uuidParam('Mã định danh') });

async function page(db: Db, organizationId: string, subjectId: string) {
  return presentSubjectPage(
    orNotFound(await subjectFamily(db, organizationId, subjectId), 'người/tập thể trong sổ'),
  );
}

/** Định danh: the review of likely duplicates, merge and split (audited), the discipline flag. */
export async function honourSubjectRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags, policy: 'honour.read' });
  const manage = routeGroup(app, { tags, policy: 'honour.manage' });

  read.get(
    '/api/organizations/:orgId/honour-subjects/duplicates',
    {
      summary: 'Rà soát trùng lặp: các cặp định danh cùng loại, cùng tên có thể là một',
      params: orgParams,
      response: { 200: duplicateListView },
    },
    async ({ req }) => {
      const rows = await duplicateCandidates(db, req.params.orgId);
      const candidates = rows.map((s) => ({
        ...s,
        kind: s.kind as AwardSubject,
        unitKey: s.unitId ? `u:${s.unitId}` : `n:${foldVietnamese(s.unitName)}`,
      }));
      const pairs = duplicatePairs(candidates);
      return { groups: pairs.map((p) => ({ subjects: p.subjects.map(presentSubject), reason: p.reason })) };
    },
  );

  manage.post(
    '/api/organizations/:orgId/honour-subjects/merge',
    {
      summary: 'Gộp hai định danh của cùng một người/tập thể (có ghi nhật ký, tách lại được)',
      params: orgParams,
      body: mergeBodySchema,
      response: { 200: subjectPageView },
    },
    async ({ req, actor }) => {
      const keep = await mergeSubjects(db, actor, req.params.orgId, req.body);
      return page(db, req.params.orgId, keep.id);
    },
  );

  manage.post(
    '/api/organizations/:orgId/honour-subjects/:subjectId/unmerge',
    {
      summary: 'Tách định danh đã gộp (trả về trang của định danh đã giữ lại)',
      params: subjectParams,
      response: { 200: subjectPageView },
    },
    async ({ req, actor }) => {
      const { root } = await unmergeSubject(db, actor, req.params.orgId, req.params.subjectId);
      return page(db, req.params.orgId, root);
    },
  );

  manage.put(
    '/api/organizations/:orgId/honour-subjects/:subjectId/discipline',
    {
      summary: 'Đánh dấu đang xem xét kỷ luật, thanh tra, điều tra (409 khi đã có người sửa trước)',
      params: subjectParams,
      body: disciplineBodySchema,
      response: { 200: subjectView },
    },
    async ({ req, actor }) =>
      presentSubject(await setDiscipline(db, actor, req.params.orgId, req.params.subjectId, req.body)),
  );
}
