import type { z } from 'zod';
import { type Actor, can } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  conferenceListView,
  conferenceView,
  createConferenceBodySchema,
  milestoneCreateBodySchema,
  milestoneDoneBodySchema,
  milestoneUpdateBodySchema,
  milestoneView,
  updatePlanBodySchema,
} from '../../../shared/schemas/conferences';
import { uuidParam } from '../../../shared/schemas/primitives';
import { notFound, orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, orgParams } from '../../http/params';
import { type EncodedBody, encodeBody, sendEncoded } from '../../http/response-cache';
import { route, routeGroup } from '../../http/route';
import { deleteRoute } from '../../http/writes';
import { ReadCache } from '../../read-cache';
import { conferenceFor } from './access';
import { type ConferenceRow, getConferenceOverview, listConferencesIn, type MilestoneRow } from './data';
import { loadStoredFacts } from './lifecycle-data';
import {
  addMilestone,
  conferenceDayMilestone,
  createConference,
  deleteMilestone,
  setMilestoneDone,
  updateMilestone,
  updatePlan,
} from './mutations';
import { conferencePermissions, conferenceScope } from './policy';
import { presentConference, presentMilestone } from './presenters';
import { conferenceSummary } from './summaries';

const tags = ['conferences'];
const milestoneParams = confParams.extend({ milestoneId: uuidParam('Mã mốc thời gian') });

export async function conferenceRoutes(app: AppInstance) {
  const { db } = app.deps;
  type CachedOverview = NonNullable<Awaited<ReturnType<typeof getConferenceOverview>>> & {
    bodies: Map<string, EncodedBody>;
    /** The day the facts were read: a new day reads them again (check-ins keep the cache). */
    loadedOn: string;
  };
  // the hottest read: kept until a write on any instance (read-cache.ts) or a new day
  const overviewCache = new ReadCache<CachedOverview>(Number.POSITIVE_INFINITY);

  const overview = async (actor: Actor, id: string) => {
    const o = orNotFound(await getConferenceOverview(db, id), 'hội nghị');
    return presentConference(o.conference, o.organization, o.milestones, o.facts, actor);
  };
  /** A milestone as answered after a write: with its completion by the data. */
  const milestoneAnswer = async (conf: ConferenceRow, m: MilestoneRow) =>
    presentMilestone(m, await loadStoredFacts(db, conf));

  route(
    app,
    'GET',
    '/api/conferences',
    { policy: 'authenticated', tags, summary: 'Danh sách hội nghị', response: { 200: conferenceListView } },
    async ({ actor }) => {
      const orgIds = actor.isSystemAdmin
        ? 'all'
        : [...new Set(actor.memberships.map((m) => m.organizationId))];
      const rows = (await listConferencesIn(db, orgIds)).filter((c) =>
        can(actor, 'conference.read', conferenceScope(c)),
      );
      const today = todayInVietnam();
      return { items: await Promise.all(rows.map((c) => conferenceSummary(db, actor, c, today))) };
    },
  );
  const api = routeGroup(app, { tags });

  api.created(
    '/api/organizations/:orgId/conferences',
    {
      policy: 'conference.create',
      summary: 'Tạo hội nghị',
      params: orgParams,
      body: createConferenceBodySchema,
      response: { 201: conferenceView },
    },
    async ({ req, actor }) => {
      const { plan, conferenceDate, startTime, acknowledgedWarnings } = req.body;
      const day = conferenceDate ? [conferenceDayMilestone(conferenceDate, startTime ?? null)] : [];
      const row = await createConference(db, actor, req.params.orgId, plan, day, acknowledgedWarnings);
      return await overview(actor, row.id);
    },
  );

  api.get(
    '/api/conferences/:conferenceId',
    {
      policy: 'conference.read',
      loadConference: false, // the cached overview carries the row: checked below without a query
      summary: 'Tổng quan hội nghị',
      params: confParams,
      response: { 200: conferenceView },
    },
    async ({ req, reply, actor }) => {
      const id = req.params.conferenceId;
      const gen = app.readGeneration();
      const today = todayInVietnam();
      let o = overviewCache.get(id, gen);
      if (!o || o.loadedOn !== today) {
        const loaded = await getConferenceOverview(db, id);
        o = loaded ? { ...loaded, bodies: new Map(), loadedOn: today } : undefined;
        if (o) overviewCache.set(id, o, gen);
      }
      if (!o) throw notFound('hội nghị');
      conferenceFor(actor, o.conference);
      // The JSON differs between actors only by their permissions (and by the day): reuse it.
      // It is encoded through the declared schema once per cache entry, then sent as bytes.
      const key = today + JSON.stringify(conferencePermissions(actor, o.conference));
      let body = o.bodies.get(key);
      if (!body) {
        const view = presentConference(o.conference, o.organization, o.milestones, o.facts, actor, today);
        body = encodeBody(conferenceView, view);
        o.bodies.set(key, body);
      }
      // Browsers accept gzip: the ~18 KB plan goes out as ~5 KB, compressed once per cache entry.
      return sendEncoded(req, reply, body);
    },
  );
  const conferenceEdit = routeGroup(app, { tags, policy: 'conference.edit', params: confParams });

  conferenceEdit.put(
    '/api/conferences/:conferenceId/plan',
    {
      summary: 'Sửa kế hoạch',
      body: updatePlanBodySchema,
      response: { 200: conferenceView },
    },
    async ({ req, actor, conf }) => {
      const { plan, version, acknowledgedWarnings } = req.body;
      await updatePlan(db, actor, conf, plan, version, acknowledgedWarnings);
      return overview(actor, conf.id);
    },
  );

  conferenceEdit.created(
    '/api/conferences/:conferenceId/milestones',
    {
      summary: 'Thêm mốc thời gian',
      body: milestoneCreateBodySchema,
      response: { 201: milestoneView },
    },
    async ({ req, actor, conf }) =>
      await milestoneAnswer(conf, await addMilestone(db, actor, conf, req.body)),
  );

  /** A write to one milestone (its fields, its done mark), answered with the milestone as shown. */
  const milestonePut = <B extends z.ZodType>(
    url: string,
    summary: string,
    body: B,
    write: (actor: Actor, conf: ConferenceRow, id: string, input: z.infer<B>) => Promise<MilestoneRow>,
  ) =>
    conferenceEdit.put(
      url,
      { summary, params: milestoneParams, body, response: { 200: milestoneView } },
      async ({ req, actor, conf }) =>
        milestoneAnswer(conf, await write(actor, conf, req.params.milestoneId, req.body as z.infer<B>)),
    );
  milestonePut(
    '/api/conferences/:conferenceId/milestones/:milestoneId',
    'Sửa mốc thời gian',
    milestoneUpdateBodySchema,
    (actor, conf, id, input) => updateMilestone(db, actor, conf, id, input),
  );
  milestonePut(
    '/api/conferences/:conferenceId/milestones/:milestoneId/done',
    'Đánh dấu hoàn thành / mở lại mốc thời gian',
    milestoneDoneBodySchema,
    (actor, conf, id, input) => setMilestoneDone(db, actor, conf, id, input),
  );

  deleteRoute(
    app,
    '/api/conferences/:conferenceId/milestones/:milestoneId',
    {
      policy: 'conference.edit',
      tags,
      summary: 'Xóa mốc thời gian',
      params: milestoneParams,
    },
    ({ req, actor, conf }) => deleteMilestone(db, actor, conf, req.params.milestoneId, req.query.version),
  );
}
