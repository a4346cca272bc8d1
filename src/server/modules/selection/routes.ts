import { type Actor, can } from '../../../shared/rules/permissions';
import { checkSpeechComposition } from '../../../shared/rules/speech-composition';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  delegationInputSchema,
  speechInputSchema,
  speechUpdateSchema,
  versionQuerySchema,
} from '../../../shared/schemas/selection';
import { requireActor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { getMeeting } from '../review/data';
import { loadConference } from './access';
import { type HonoreeRow, listDelegation, listHonorees, listSpeeches } from './data';
import { dossierRoutes } from './dossier-routes';
import { buildMinutes } from './minutes';
import {
  addDelegationMember,
  addSpeech,
  removeDelegationMember,
  removeSpeech,
  updateSpeech,
} from './mutations';

const speechParams = confParams.extend({ speechId: uuidParam('Mã tham luận') });
const memberParams = confParams.extend({ memberId: uuidParam('Mã thành viên đoàn') });
const meetingParams = confParams.extend({ meetingId: uuidParam('Mã phiên họp') });

const canManage = (actor: Actor, conf: ConferenceRow) => can(actor, 'review.manage', conferenceScope(conf));

/** Collectives before individuals; rows arrive in Vietnamese name order. */
const collectivesFirst = <T extends { kind: string }>(rows: T[]) =>
  [...rows].sort((a, b) => Number(a.kind === 'individual') - Number(b.kind === 'individual'));

function presentHonoree(h: HonoreeRow) {
  return {
    nominationId: h.nominationId,
    name: h.name,
    kind: h.kind,
    gender: h.gender,
    unitId: h.unitId,
    unitName: h.unitName,
    unitType: h.unitType,
    agree: h.agree,
    disagree: h.disagree,
    abstain: h.abstain,
    base: h.base,
    sharePercent: h.sharePercent,
    rank: h.rank,
    reason: h.reason,
    meetingId: h.meetingId,
    meetingDate: h.meetingDate,
  };
}

/** Honorees per award form: collective forms first, then by the form's order. */
function groupHonorees(rows: HonoreeRow[]) {
  const groups = new Map<
    string,
    { awardFormId: string; awardFormName: string; appliesTo: string; sortOrder: number; items: HonoreeRow[] }
  >();
  for (const h of collectivesFirst(rows)) {
    const g = groups.get(h.awardFormId) ?? {
      awardFormId: h.awardFormId,
      awardFormName: h.awardFormName,
      appliesTo: h.appliesTo,
      sortOrder: h.formSortOrder,
      items: [],
    };
    g.items.push(h);
    groups.set(h.awardFormId, g);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        Number(a.appliesTo === 'individual') - Number(b.appliesTo === 'individual') ||
        a.sortOrder - b.sortOrder,
    )
    .map(({ sortOrder: _s, items, ...g }) => ({ ...g, items: items.map(presentHonoree) }));
}

export async function presentSpeeches(db: Db, actor: Actor, conf: ConferenceRow) {
  const rows = await listSpeeches(db, conf.id);
  const manage = canManage(actor, conf);
  return {
    items: rows.map((r) => ({
      id: r.speech.id,
      nominationId: r.speech.nominationId,
      honoreeName: r.honoreeName,
      speakerName: r.speech.speakerName,
      title: r.speech.title,
      kind: r.speech.kind,
      unitId: r.speech.unitId,
      unitName: r.unitName,
      unitType: r.speech.kind === 'unit_type' ? r.unitType : null,
      sortOrder: r.speech.sortOrder,
      version: r.speech.version,
      permissions: { canEdit: manage, canDelete: manage },
    })),
    check: checkSpeechComposition(
      conf.plan.speechRule,
      rows.map((r) => ({ kind: r.speech.kind as 'unit_type' | 'individual', unitType: r.unitType })),
    ),
    permissions: { canManage: manage },
  };
}

export async function presentDelegation(db: Db, actor: Actor, conf: ConferenceRow) {
  const rows = collectivesFirst(await listDelegation(db, conf.id));
  const quota = conf.plan.delegationQuota;
  const counts = {
    collectives: rows.filter((r) => r.kind === 'collective').length,
    individuals: rows.filter((r) => r.kind === 'individual').length,
  };
  const messages: string[] = [];
  const line = (wanted: number, used: number, noun: string) => {
    if (used < wanted) messages.push(`Còn thiếu ${wanted - used} ${noun}`);
    if (used > wanted) messages.push(`Vượt ${used - wanted} ${noun} so với số lượng được giao`);
  };
  line(quota.collectives, counts.collectives, 'tập thể');
  line(quota.individuals, counts.individuals, 'cá nhân');
  const manage = canManage(actor, conf);
  return {
    quota,
    items: rows.map((r) => ({
      id: r.member.id,
      nominationId: r.member.nominationId,
      name: r.name,
      kind: r.kind,
      gender: r.gender,
      unitName: r.unitName,
      unitType: r.unitType,
      awardFormName: r.awardFormName,
      version: r.member.version,
      permissions: { canDelete: manage },
    })),
    counts,
    check: { ok: messages.length === 0, messages },
    permissions: { canManage: manage, canExport: manage },
  };
}

export async function selectionRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/conferences/:conferenceId/honorees',
    {
      config: { policy: 'review.read' },
      schema: {
        tags: ['selection'],
        summary: 'Danh sách tập thể, cá nhân được vinh danh',
        params: confParams,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConference(db, actor, req.params.conferenceId, 'review.read');
      const rows = await listHonorees(db, conf.id);
      return {
        groups: groupHonorees(rows),
        total: rows.length,
        counts: {
          collectives: rows.filter((r) => r.kind === 'collective').length,
          individuals: rows.filter((r) => r.kind === 'individual').length,
        },
        permissions: { canManage: canManage(actor, conf) },
      };
    },
  );

  app.get(
    '/api/conferences/:conferenceId/speeches',
    {
      config: { policy: 'review.read' },
      schema: { tags: ['selection'], summary: 'Tham luận và kiểm tra cơ cấu', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      return presentSpeeches(
        db,
        actor,
        await loadConference(db, actor, req.params.conferenceId, 'review.read'),
      );
    },
  );

  app.post(
    '/api/conferences/:conferenceId/speeches',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['selection'],
        summary: 'Phân công tham luận',
        params: confParams,
        body: speechInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConference(db, actor, req.params.conferenceId, 'review.manage');
      const row = await addSpeech(db, actor, conf, req.body);
      return reply.code(201).send({ id: row.id, ...(await presentSpeeches(db, actor, conf)) });
    },
  );

  app.put(
    '/api/conferences/:conferenceId/speeches/:speechId',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['selection'],
        summary: 'Sửa tham luận',
        params: speechParams,
        body: speechUpdateSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConference(db, actor, req.params.conferenceId, 'review.manage');
      await updateSpeech(db, actor, conf, req.params.speechId, req.body);
      return presentSpeeches(db, actor, conf);
    },
  );

  app.delete(
    '/api/conferences/:conferenceId/speeches/:speechId',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['selection'],
        summary: 'Bỏ tham luận',
        params: speechParams,
        querystring: versionQuerySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConference(db, actor, req.params.conferenceId, 'review.manage');
      await removeSpeech(db, actor, conf, req.params.speechId, req.query.version);
      return presentSpeeches(db, actor, conf);
    },
  );

  app.get(
    '/api/conferences/:conferenceId/delegation',
    {
      config: { policy: 'review.read' },
      schema: { tags: ['selection'], summary: 'Đoàn đi dự hội nghị cấp trên', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      return presentDelegation(
        db,
        actor,
        await loadConference(db, actor, req.params.conferenceId, 'review.read'),
      );
    },
  );

  app.post(
    '/api/conferences/:conferenceId/delegation',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['selection'],
        summary: 'Chọn vào đoàn đi dự hội nghị cấp trên',
        params: confParams,
        body: delegationInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConference(db, actor, req.params.conferenceId, 'review.manage');
      const row = await addDelegationMember(db, actor, conf, req.body.nominationId);
      return reply.code(201).send({ id: row.id, ...(await presentDelegation(db, actor, conf)) });
    },
  );

  app.delete(
    '/api/conferences/:conferenceId/delegation/:memberId',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['selection'],
        summary: 'Bỏ khỏi đoàn',
        params: memberParams,
        querystring: versionQuerySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConference(db, actor, req.params.conferenceId, 'review.manage');
      await removeDelegationMember(db, actor, conf, req.params.memberId, req.query.version);
      return presentDelegation(db, actor, conf);
    },
  );

  app.get(
    '/api/conferences/:conferenceId/meetings/:meetingId/minutes',
    {
      config: { policy: 'review.read' },
      schema: { tags: ['selection'], summary: 'Biên bản họp Hội đồng (dữ liệu)', params: meetingParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConference(db, actor, req.params.conferenceId, 'review.read');
      const meeting = await getMeeting(db, conf.id, req.params.meetingId);
      if (!meeting) throw notFound('phiên họp');
      return buildMinutes(db, conf, meeting);
    },
  );

  await dossierRoutes(app);
}
