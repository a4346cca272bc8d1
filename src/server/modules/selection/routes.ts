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
import { getOrganization } from '../organizations/data';
import { loadMeeting, meetingParams } from '../review/access';
import { listHonorees } from './data';
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
    async ({ actor, conf }) => {
      const [rows, org] = await Promise.all([
        listHonorees(db, conf.id),
        getOrganization(db, conf.organizationId),
      ]);
      return presentHonorees(rows, actor, conf, org);
    },
  );

  reviewRead.get(
    '/api/conferences/:conferenceId/speeches',
    {
      summary: 'Tham luận và kiểm tra cơ cấu',
      response: { 200: speechListView },
    },
    async ({ actor, conf }) => presentSpeeches(db, actor, conf),
  );

  reviewManage.created(
    '/api/conferences/:conferenceId/speeches',
    {
      summary: 'Phân công tham luận',
      body: speechInputSchema,
      response: { 201: speechCreatedView },
    },
    async ({ req, actor, conf }) => {
      const row = await addSpeech(db, actor, conf, req.body);
      return { id: row.id, ...(await presentSpeeches(db, actor, conf)) };
    },
  );

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

  reviewRead.get(
    '/api/conferences/:conferenceId/delegation',
    {
      summary: 'Đoàn đi dự hội nghị cấp trên',
      response: { 200: delegationView },
    },
    async ({ actor, conf }) => presentDelegation(db, actor, conf),
  );

  reviewManage.created(
    '/api/conferences/:conferenceId/delegation',
    {
      summary: 'Chọn vào đoàn đi dự hội nghị cấp trên',
      body: delegationInputSchema,
      response: { 201: delegationCreatedView },
    },
    async ({ req, actor, conf }) => {
      const row = await addDelegationMember(db, actor, conf, req.body.nominationId);
      return { id: row.id, ...(await presentDelegation(db, actor, conf)) };
    },
  );

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
