import {
  honourFormInputSchema,
  honourFormListView,
  honourFormUpdateSchema,
  honourFormView,
  honourInputSchema,
  honourListView,
  honourLookupQuerySchema,
  honourRevokeBodySchema,
  honourView,
  subjectPageView,
} from '../../../shared/schemas/honours';
import { uuidParam } from '../../../shared/schemas/primitives';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { getHonourRow, listHonourForms, lookupHonours, subjectFamily } from './data';
import { createHonour, createHonourForm, revokeHonour, updateHonourForm } from './mutations';
import { presentHonour, presentHonourForm, presentSubjectPage } from './presenters';

const tags = ['honours'];
/** Matches counted up to this many (the page says "hơn 1.000"). */
const LOOKUP_COUNT_CAP = 1000;

const honourParams = orgParams.extend({ honourId: uuidParam('Mã khen thưởng') });
const subjectParams = orgParams.extend({ subjectId: uuidParam('Mã định danh') });
const formParams = orgParams.extend({ formId: uuidParam('Mã hình thức') });

export async function honourRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags, policy: 'honour.read' });
  const manage = routeGroup(app, { tags, policy: 'honour.manage' });

  read.get(
    '/api/organizations/:orgId/honours',
    {
      summary: 'Tra cứu sổ khen thưởng (tên có hoặc không dấu, đơn vị, hình thức, năm, phong trào)',
      params: orgParams,
      querystring: honourLookupQuerySchema,
      response: { 200: honourListView },
    },
    async ({ req }) => {
      const { limit, offset, ...filter } = req.query;
      const found = await lookupHonours(db, req.params.orgId, filter, { limit, offset }, LOOKUP_COUNT_CAP);
      return { items: found.rows.map(presentHonour), total: found.total, more: found.more };
    },
  );

  manage.created(
    '/api/organizations/:orgId/honours',
    {
      summary: 'Thêm một khen thưởng vào sổ (nhập tay)',
      params: orgParams,
      body: honourInputSchema,
      response: { 201: honourView },
    },
    async ({ req, actor }) => {
      const row = await createHonour(db, actor, req.params.orgId, req.body);
      return presentHonour((await getHonourRow(db, req.params.orgId, row.id))!);
    },
  );

  manage.post(
    '/api/organizations/:orgId/honours/:honourId/revoke',
    {
      summary: 'Thu hồi khen thưởng (vẫn ở trong sổ, không được tính)',
      params: honourParams,
      body: honourRevokeBodySchema,
      response: { 200: honourView },
    },
    async ({ req, actor }) => {
      const { orgId, honourId } = req.params;
      await revokeHonour(db, actor, orgId, honourId, req.body.reason);
      return presentHonour((await getHonourRow(db, orgId, honourId))!);
    },
  );

  read.get(
    '/api/organizations/:orgId/honour-subjects/:subjectId',
    {
      summary: 'Trang của một người/tập thể: định danh, các định danh đã gộp, mọi khen thưởng theo năm',
      params: subjectParams,
      response: { 200: subjectPageView },
    },
    async ({ req }) =>
      presentSubjectPage(
        orNotFound(await subjectFamily(db, req.params.orgId, req.params.subjectId), 'người/tập thể trong sổ'),
      ),
  );

  read.get(
    '/api/organizations/:orgId/honour-forms',
    {
      summary: 'Danh mục hình thức của sổ khen thưởng',
      params: orgParams,
      response: { 200: honourFormListView },
    },
    async ({ req }) => ({ items: (await listHonourForms(db, req.params.orgId)).map(presentHonourForm) }),
  );

  manage.created(
    '/api/organizations/:orgId/honour-forms',
    {
      summary: 'Thêm hình thức vào danh mục của sổ',
      params: orgParams,
      body: honourFormInputSchema,
      response: { 201: honourFormView },
    },
    async ({ req, actor }) =>
      presentHonourForm(await createHonourForm(db, actor, req.params.orgId, req.body)),
  );

  manage.put(
    '/api/organizations/:orgId/honour-forms/:formId',
    {
      summary: 'Sửa hình thức trong danh mục của sổ (409 khi đã có người sửa trước)',
      params: formParams,
      body: honourFormUpdateSchema,
      response: { 200: honourFormView },
    },
    async ({ req, actor }) =>
      presentHonourForm(await updateHonourForm(db, actor, req.params.orgId, req.params.formId, req.body)),
  );
}
