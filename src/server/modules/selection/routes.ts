import type { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  delegationCreatedView,
  delegationInputSchema,
  delegationView,
  honoreeListView,
  minutesView,
  speechCreatedView,
  speechInputSchema,
  speechListView,
  speechUpdateSchema,
  versionQuerySchema,
} from '../../../shared/schemas/selection';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { answeredWrites } from '../../http/writes';
import type { ConferenceRow } from '../conferences/data';
import { loadMeeting, meetingParams } from '../review/access';
import { dossierRoutes } from './dossier-routes';
import { buildMinutes } from './minutes-data';
import {
  addDelegationMember,
  addSpeech,
  removeDelegationMember,
  removeSpeech,
  updateSpeech,
} from './mutations';
import { presentDelegation, presentHonorees, presentSpeeches } from './presenters';
import { honoreeXlsxRoutes } from './xlsx-routes';

const speechParams = confParams.extend({ speechId: uuidParam('Mã tham luận') });
const memberParams = confParams.extend({ memberId: uuidParam('Mã thành viên đoàn') });
const tags = ['selection'];

export async function selectionRoutes(app: AppInstance) {
  const { db } = app.deps;
  const reviewRead = routeGroup(app, { tags, policy: 'review.read', params: confParams });
  const reviewManage = routeGroup(app, { tags, policy: 'review.manage', params: confParams });

  reviewRead.get(
    '/api/conferences/:conferenceId/honorees',
    {
      summary: 'Danh sách tập thể, cá nhân được vinh danh',
      response: { 200: honoreeListView },
    },
    ({ actor, conf }) => presentHonorees(db, actor, conf),
  );

  /**
   * A list of the conference's honorees (the speeches, the delegation): read it, or add to it,
   * answering 201 with the new row's id and the list as it stands then.
   */
  const honoreeList = <V extends z.ZodObject, C extends z.ZodType, B extends z.ZodType>(
    url: string,
    opts: {
      read: string;
      add: string;
      view: V;
      created: C;
      body: B;
      present: (actor: Actor, conf: ConferenceRow) => Promise<z.infer<V>>;
      insert: (actor: Actor, conf: ConferenceRow, body: z.infer<B>) => Promise<{ id: string }>;
    },
  ) => {
    // the declared response's type; TypeScript cannot resolve the reply type of a generic view
    const answer = async (actor: Actor, conf: ConferenceRow) => (await opts.present(actor, conf)) as never;
    reviewRead.get(url, { summary: opts.read, response: { 200: opts.view } }, ({ actor, conf }) =>
      answer(actor, conf),
    );
    reviewManage.created(
      url,
      { summary: opts.add, body: opts.body, response: { 201: opts.created } },
      async ({ req, actor, conf }) => {
        const row = await opts.insert(actor, conf, req.body as z.infer<B>);
        return { id: row.id, ...(await opts.present(actor, conf)) } as never;
      },
    );
  };

  honoreeList('/api/conferences/:conferenceId/speeches', {
    read: 'Tham luận và kiểm tra cơ cấu',
    add: 'Phân công tham luận',
    view: speechListView,
    created: speechCreatedView,
    body: speechInputSchema,
    present: (actor, conf) => presentSpeeches(db, actor, conf),
    insert: (actor, conf, body) => addSpeech(db, actor, conf, body),
  });

  const speechWrite = answeredWrites(
    app,
    { policy: 'review.manage', tags, response: { 200: speechListView } },
    ({ actor, conf }) => presentSpeeches(db, actor, conf),
  );
  speechWrite(
    'PUT',
    '/api/conferences/:conferenceId/speeches/:speechId',
    'Sửa tham luận',
    { params: speechParams, body: speechUpdateSchema },
    ({ req, actor, conf }) => updateSpeech(db, actor, conf, req.params.speechId, req.body),
  );
  speechWrite(
    'DELETE',
    '/api/conferences/:conferenceId/speeches/:speechId',
    'Bỏ tham luận',
    { params: speechParams, querystring: versionQuerySchema },
    ({ req, actor, conf }) => removeSpeech(db, actor, conf, req.params.speechId, req.query.version),
  );

  honoreeList('/api/conferences/:conferenceId/delegation', {
    read: 'Đoàn đi dự hội nghị cấp trên',
    add: 'Chọn vào đoàn đi dự hội nghị cấp trên',
    view: delegationView,
    created: delegationCreatedView,
    body: delegationInputSchema,
    present: (actor, conf) => presentDelegation(db, actor, conf),
    insert: (actor, conf, body) => addDelegationMember(db, actor, conf, body),
  });

  reviewManage.delete(
    '/api/conferences/:conferenceId/delegation/:memberId',
    {
      summary: 'Bỏ khỏi đoàn',
      params: memberParams,
      querystring: versionQuerySchema,
      response: { 200: delegationView },
    },
    async ({ req, actor, conf }) => {
      await removeDelegationMember(db, actor, conf, req.params.memberId, req.query.version);
      return presentDelegation(db, actor, conf);
    },
  );

  reviewRead.get(
    '/api/conferences/:conferenceId/meetings/:meetingId/minutes',
    {
      summary: 'Biên bản họp Hội đồng (dữ liệu)',
      params: meetingParams,
      response: { 200: minutesView },
    },
    async ({ req, conf }) => buildMinutes(db, conf, await loadMeeting(db, conf, req.params.meetingId)),
  );

  await dossierRoutes(app);
  await honoreeXlsxRoutes(app);
}
