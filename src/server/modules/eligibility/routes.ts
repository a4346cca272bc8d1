import { z } from 'zod';
import {
  ballotEligibilityView,
  eligibilityRuleCreateSchema,
  eligibilityRuleListView,
  eligibilityRuleUpdateSchema,
  eligibilityRuleView,
  eligibilityVerdictListView,
} from '../../../shared/schemas/honours';
import { uuidParam } from '../../../shared/schemas/primitives';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, orgParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { deleteRoute } from '../../http/writes';
import { canSeeNomination, loadNominationContext, visibleFilter } from '../nominations/access';
import { ballotParams, loadBallot, loadMeeting } from '../review/access';
import { ballotNominees, getEligibilityRule, listEligibilityRules, nominationsByIds } from './data';
import { firstFailingReason, judgeMany } from './judge';
import { createEligibilityRule, deleteEligibilityRule, updateEligibilityRule } from './mutations';
import { presentEligibilityRule } from './presenters';

const tags = ['eligibility'];
const base = '/api/organizations/:orgId/eligibility-rules';
const ruleParams = orgParams.extend({ ruleId: uuidParam('Mã điều kiện') });

/** Up to 200 nomination ids, comma-separated (one page of the list). */
const idsQuery = z.object({
  ids: z
    .string()
    .max(200 * 37, { error: 'Tối đa 200 hồ sơ mỗi lần' })
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(uuidParam('Mã đề nghị')).max(200, { error: 'Tối đa 200 hồ sơ mỗi lần' })),
});

export async function eligibilityRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags, policy: 'honour.read' });
  const manage = routeGroup(app, { tags, policy: 'honour.manage' });

  read.get(
    base,
    {
      summary: 'Điều kiện xét khen thưởng (theo hình thức, có thời hạn áp dụng)',
      params: orgParams,
      response: { 200: eligibilityRuleListView },
    },
    async ({ req }) => ({
      items: (await listEligibilityRules(db, req.params.orgId)).map(presentEligibilityRule),
    }),
  );

  manage.created(
    base,
    {
      summary: 'Thêm điều kiện xét khen thưởng',
      params: orgParams,
      body: eligibilityRuleCreateSchema,
      response: { 201: eligibilityRuleView },
    },
    async ({ req, actor }) =>
      presentEligibilityRule(
        await createEligibilityRule({ db, actor, organizationId: req.params.orgId, input: req.body }),
      ),
  );

  manage.put(
    `${base}/:ruleId`,
    {
      summary: 'Sửa điều kiện xét khen thưởng',
      params: ruleParams,
      body: eligibilityRuleUpdateSchema,
      response: { 200: eligibilityRuleView },
    },
    async ({ req, actor }) =>
      presentEligibilityRule(
        await updateEligibilityRule({
          db,
          actor,
          organizationId: req.params.orgId,
          id: req.params.ruleId,
          input: req.body,
        }),
      ),
  );

  deleteRoute(
    app,
    `${base}/:ruleId`,
    { policy: 'honour.manage', tags, summary: 'Xóa điều kiện xét khen thưởng', params: ruleParams },
    async ({ req, actor }) => {
      orNotFound(await getEligibilityRule(db, req.params.orgId, req.params.ruleId), 'điều kiện khen thưởng');
      await deleteEligibilityRule({
        db,
        actor,
        organizationId: req.params.orgId,
        id: req.params.ruleId,
        version: req.query.version,
      });
    },
  );

  routeGroup(app, { tags, policy: 'review.read' }).get(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/eligibility',
    {
      summary: 'Điều kiện khen thưởng và khen thưởng đã có của từng người trên phiếu (thẻ bỏ phiếu)',
      params: ballotParams,
      response: { 200: ballotEligibilityView },
    },
    async ({ req, conf }) => {
      const ballot = await loadBallot(
        db,
        await loadMeeting(db, conf, req.params.meetingId),
        req.params.ballotId,
      );
      const nominees = await ballotNominees(db, ballot.id);
      const judged = await judgeMany(db, conf, nominees);
      return { items: nominees.map((n) => ({ nominationId: n.id, eligibility: judged.get(n.id)! })) };
    },
  );

  routeGroup(app, { tags, policy: 'authenticated' }).get(
    '/api/conferences/:conferenceId/eligibility',
    {
      summary: 'Đủ / chưa đủ điều kiện của các hồ sơ đang xem (danh sách đề nghị)',
      params: confParams,
      querystring: idsQuery,
      response: { 200: eligibilityVerdictListView },
    },
    async ({ req, actor }) => {
      const ctx = await loadNominationContext(db, actor, req.params.conferenceId);
      visibleFilter(ctx, {}); // 403 for whoever sees none of the conference's nominations
      const rows = (await nominationsByIds(db, ctx.conf.id, req.query.ids)).filter((n) =>
        canSeeNomination(ctx.access, n),
      );
      const judged = await judgeMany(db, ctx.conf, rows);
      return {
        items: rows.map((n) => {
          const e = judged.get(n.id)!;
          return { nominationId: n.id, verdict: e.verdict, reason: firstFailingReason(e) };
        }),
      };
    },
  );
}
