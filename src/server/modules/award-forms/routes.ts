import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import {
  awardFormInputSchema,
  awardFormUpdateSchema,
  baseSalaryInputSchema,
} from '../../../shared/schemas/nominations';
import { uuidParam, versionField } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import { forbidden } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadVisibleConference } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { type AwardFormRow, listAwardForms, listBaseSalaries } from './data';
import { addBaseSalary, createAwardForm, deleteAwardForm, updateAwardForm } from './mutations';

const formParams = confParams.extend({ formId: uuidParam('Mã hình thức khen thưởng') });

export const presentAwardForm = (f: AwardFormRow) => ({
  id: f.id,
  code: f.code,
  name: f.name,
  appliesTo: f.appliesTo,
  prizeCoefficient: f.prizeCoefficient,
  approvalRule: f.approvalRule,
  criteria: f.criteria,
  maxHonorees: f.maxHonorees,
  sortOrder: f.sortOrder,
  version: f.version,
});

export async function awardFormRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/conferences/:conferenceId/award-forms',
    {
      config: { policy: 'conference.read' },
      schema: {
        tags: ['award-forms'],
        summary: 'Hình thức khen thưởng và tiêu chí bình xét',
        params: confParams,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      return {
        items: (await listAwardForms(db, conf.id)).map(presentAwardForm),
        permissions: { canManage: can(actor, 'nomination.settings', conferenceScope(conf)) },
      };
    },
  );

  app.post(
    '/api/conferences/:conferenceId/award-forms',
    {
      config: { policy: 'nomination.settings' },
      schema: {
        tags: ['award-forms'],
        summary: 'Thêm hình thức khen thưởng',
        params: confParams,
        body: awardFormInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'nomination.settings', conferenceScope(conf));
      return reply.code(201).send(presentAwardForm(await createAwardForm(db, actor, conf, req.body)));
    },
  );

  app.put(
    '/api/conferences/:conferenceId/award-forms/:formId',
    {
      config: { policy: 'nomination.settings' },
      schema: {
        tags: ['award-forms'],
        summary: 'Sửa hình thức khen thưởng',
        params: formParams,
        body: awardFormUpdateSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'nomination.settings', conferenceScope(conf));
      return presentAwardForm(await updateAwardForm(db, actor, conf, req.params.formId, req.body));
    },
  );

  app.delete(
    '/api/conferences/:conferenceId/award-forms/:formId',
    {
      config: { policy: 'nomination.settings' },
      schema: {
        tags: ['award-forms'],
        summary: 'Xóa hình thức khen thưởng',
        params: formParams,
        querystring: z.object({ version: z.coerce.number().pipe(versionField) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'nomination.settings', conferenceScope(conf));
      await deleteAwardForm(db, actor, conf, req.params.formId, req.query.version);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/base-salaries',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['award-forms'], summary: 'Mức lương cơ sở theo thời gian' },
    },
    async () => ({
      items: (await listBaseSalaries(db)).map((r) => ({
        id: r.id,
        effectiveFrom: r.effectiveFrom,
        amount: r.amount,
        legalBasis: r.legalBasis,
      })),
    }),
  );

  app.post(
    '/api/base-salaries',
    {
      config: { policy: 'org.create' },
      schema: {
        tags: ['award-forms'],
        summary: 'Thêm mức lương cơ sở (quản trị hệ thống)',
        body: baseSalaryInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!actor.isSystemAdmin) throw forbidden('Chỉ quản trị hệ thống được thêm mức lương cơ sở');
      const row = await addBaseSalary(db, actor, req.body);
      return reply.code(201).send({
        id: row.id,
        effectiveFrom: row.effectiveFrom,
        amount: row.amount,
        legalBasis: row.legalBasis,
      });
    },
  );
}
