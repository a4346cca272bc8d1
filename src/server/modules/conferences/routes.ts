import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import { can } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  createConferenceBodySchema,
  milestoneCreateBodySchema,
  milestoneUpdateBodySchema,
  updatePlanBodySchema,
} from '../../../shared/schemas/conferences';
import { uuidParam, versionField } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { cacheTtl, ReadCache } from '../../read-cache';
import { loadVisibleConference } from './access';
import { getConferenceOverview, listConferencesIn } from './data';
import { addMilestone, createConference, deleteMilestone, updateMilestone, updatePlan } from './mutations';
import { conferencePermissions, conferenceScope, presentConference, presentMilestone } from './policy';

const milestoneParams = confParams.extend({ milestoneId: uuidParam('Mã mốc thời gian') });

/** The overview is the hottest read; cached briefly, dropped on any write (read-cache.ts). */
const OVERVIEW_CACHE_MS = 1000;

export async function conferenceRoutes(app: AppInstance) {
  const { db } = app.deps;
  type CachedOverview = NonNullable<Awaited<ReturnType<typeof getConferenceOverview>>> & {
    bodies: Map<string, { raw: Buffer; gzip: Buffer }>;
  };
  const overviewCache = new ReadCache<CachedOverview>(cacheTtl(app.deps, OVERVIEW_CACHE_MS));

  const overview = async (actor: Actor, id: string) => {
    const o = await getConferenceOverview(db, id);
    if (!o) throw notFound('hội nghị');
    return presentConference(o.conference, o.organization, o.milestones, actor);
  };

  app.get(
    '/api/conferences',
    { config: { policy: 'authenticated' }, schema: { tags: ['conferences'], summary: 'Danh sách hội nghị' } },
    async (req) => {
      const actor = requireActor(req);
      const orgIds = actor.isSystemAdmin
        ? 'all'
        : [...new Set(actor.memberships.map((m) => m.organizationId))];
      const rows = (await listConferencesIn(db, orgIds)).filter((c) =>
        can(actor, 'conference.read', conferenceScope(c)),
      );
      return {
        items: rows.map((c) => ({
          id: c.id,
          organizationId: c.organizationId,
          organizationName: c.organizationName,
          name: c.plan.name,
          periodStart: c.plan.periodStart,
          periodEnd: c.plan.periodEnd,
          plannedDate: c.plan.plannedDate,
          status: c.status,
          version: c.version,
        })),
      };
    },
  );

  app.post(
    '/api/organizations/:orgId/conferences',
    {
      config: { policy: 'conference.create' },
      schema: {
        tags: ['conferences'],
        summary: 'Tạo hội nghị',
        params: z.object({ orgId: uuidParam('Mã tổ chức') }),
        body: createConferenceBodySchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'conference.create', { organizationId: req.params.orgId });
      const row = await createConference(db, actor, req.params.orgId, req.body.plan);
      return reply.code(201).send(await overview(actor, row.id));
    },
  );

  app.get(
    '/api/conferences/:conferenceId',
    {
      config: { policy: 'conference.read' },
      schema: { tags: ['conferences'], summary: 'Tổng quan hội nghị', params: confParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = req.params.conferenceId;
      const gen = app.readGeneration();
      let o = overviewCache.get(id, gen);
      if (!o) {
        const loaded = await getConferenceOverview(db, id);
        if (loaded) {
          o = { ...loaded, bodies: new Map() };
          overviewCache.set(id, o, gen);
        }
      }
      if (!o || !can(actor, 'conference.read', conferenceScope(o.conference))) throw notFound('hội nghị');
      // The JSON differs between actors only by their permissions (and by the day): reuse it.
      const today = todayInVietnam();
      const key = today + JSON.stringify(conferencePermissions(actor, o.conference));
      let body = o.bodies.get(key);
      if (!body) {
        const raw = Buffer.from(
          JSON.stringify(presentConference(o.conference, o.organization, o.milestones, actor, today)),
        );
        body = { raw, gzip: gzipSync(raw, { level: 6 }) };
        o.bodies.set(key, body);
      }
      // Browsers accept gzip: the ~18 KB plan goes out as ~5 KB, compressed once per cache entry.
      reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        return reply.header('content-encoding', 'gzip').send(body.gzip);
      }
      return reply.send(body.raw);
    },
  );

  app.put(
    '/api/conferences/:conferenceId/plan',
    {
      config: { policy: 'conference.edit' },
      schema: {
        tags: ['conferences'],
        summary: 'Sửa kế hoạch',
        params: confParams,
        body: updatePlanBodySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'conference.edit', conferenceScope(row));
      await updatePlan(db, actor, row, req.body.plan, req.body.version);
      return overview(actor, row.id);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/milestones',
    {
      config: { policy: 'conference.edit' },
      schema: {
        tags: ['conferences'],
        summary: 'Thêm mốc thời gian',
        params: confParams,
        body: milestoneCreateBodySchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'conference.edit', conferenceScope(row));
      return reply.code(201).send(presentMilestone(await addMilestone(db, actor, row, req.body)));
    },
  );

  app.put(
    '/api/conferences/:conferenceId/milestones/:milestoneId',
    {
      config: { policy: 'conference.edit' },
      schema: {
        tags: ['conferences'],
        summary: 'Sửa mốc thời gian',
        params: milestoneParams,
        body: milestoneUpdateBodySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'conference.edit', conferenceScope(row));
      return presentMilestone(await updateMilestone(db, actor, row, req.params.milestoneId, req.body));
    },
  );

  app.delete(
    '/api/conferences/:conferenceId/milestones/:milestoneId',
    {
      config: { policy: 'conference.edit' },
      schema: {
        tags: ['conferences'],
        summary: 'Xóa mốc thời gian',
        params: milestoneParams,
        querystring: z.object({ version: z.coerce.number().pipe(versionField) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'conference.edit', conferenceScope(row));
      await deleteMilestone(db, actor, row, req.params.milestoneId, req.query.version);
      return reply.code(204).send();
    },
  );
}
