import { can } from '../../../shared/rules/permissions';
import {
  awardFormListView,
  awardFormView,
  baseSalaryListView,
  baseSalaryView,
} from '../../../shared/schemas/award-forms';
import {
  awardFormInputSchema,
  awardFormUpdateSchema,
  baseSalaryInputSchema,
} from '../../../shared/schemas/nominations';
import { uuidParam } from '../../../shared/schemas/primitives';
import { prizeBasisView } from '../../../shared/schemas/prizes';
import { forbidden } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { deleteRoute } from '../../http/writes';
import { conferenceScope } from '../conferences/policy';
import { decisionPrizes } from '../documents/decision-prizes-data';
import { presentPrizeBasis } from '../documents/presenters';
import { listAwardForms, listBaseSalaries } from './data';
import { addBaseSalary, createAwardForm, deleteAwardForm, updateAwardForm } from './mutations';
import { presentAwardForm, presentBaseSalary } from './presenters';

const tags = ['award-forms'];
const formParams = confParams.extend({ formId: uuidParam('Mã hình thức khen thưởng') });

export async function awardFormRoutes(app: AppInstance) {
  const { db } = app.deps;
  const conferenceRead = routeGroup(app, { tags, policy: 'conference.read', params: confParams });
  const nominationSettings = routeGroup(app, { tags, policy: 'nomination.settings' });

  conferenceRead.get(
    '/api/conferences/:conferenceId/award-forms',
    {
      summary: 'Hình thức khen thưởng và tiêu chí bình xét',
      response: { 200: awardFormListView },
    },
    async ({ actor, conf }) => ({
      items: (await listAwardForms(db, conf.id)).map(presentAwardForm),
      permissions: { canManage: can(actor, 'nomination.settings', conferenceScope(conf)) },
    }),
  );

  conferenceRead.get(
    '/api/conferences/:conferenceId/award-forms/prizes',
    {
      summary: 'Tiền thưởng của từng hình thức theo ngày Quyết định khen thưởng (và mức lương cơ sở ngày đó)',
      response: { 200: prizeBasisView },
    },
    async ({ conf }) => presentPrizeBasis(await decisionPrizes(db, conf)),
  );

  nominationSettings.created(
    '/api/conferences/:conferenceId/award-forms',
    {
      summary: 'Thêm hình thức khen thưởng',
      params: confParams,
      body: awardFormInputSchema,
      response: { 201: awardFormView },
    },
    async ({ req, actor, conf }) => presentAwardForm(await createAwardForm(db, actor, conf, req.body)),
  );

  nominationSettings.put(
    '/api/conferences/:conferenceId/award-forms/:formId',
    {
      summary: 'Sửa hình thức khen thưởng',
      params: formParams,
      body: awardFormUpdateSchema,
      response: { 200: awardFormView },
    },
    async ({ req, actor, conf }) =>
      presentAwardForm(
        await updateAwardForm({ db, actor, conference: conf, id: req.params.formId, input: req.body }),
      ),
  );

  deleteRoute(
    app,
    '/api/conferences/:conferenceId/award-forms/:formId',
    {
      policy: 'nomination.settings',
      tags,
      summary: 'Xóa hình thức khen thưởng',
      params: formParams,
    },
    async ({ req, actor, conf }) => {
      const { formId: id } = req.params;
      await deleteAwardForm({ db, actor, conference: conf, id, version: req.query.version });
    },
  );
  const api = routeGroup(app, { tags });

  api.get(
    '/api/base-salaries',
    {
      policy: 'authenticated',
      summary: 'Mức lương cơ sở theo thời gian',
      response: { 200: baseSalaryListView },
    },
    async () => ({ items: (await listBaseSalaries(db)).map(presentBaseSalary) }),
  );

  api.created(
    '/api/base-salaries',
    {
      policy: 'org.create',
      summary: 'Thêm mức lương cơ sở (quản trị hệ thống)',
      body: baseSalaryInputSchema,
      response: { 201: baseSalaryView },
    },
    async ({ req, actor }) => {
      if (!actor.isSystemAdmin) throw forbidden('Chỉ quản trị hệ thống được thêm mức lương cơ sở');
      return presentBaseSalary(await addBaseSalary(db, actor, req.body));
    },
  );
}
