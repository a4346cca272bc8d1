import { conferenceCopyBodySchema, conferenceCopyPreviewView } from '../../../shared/schemas/conference-copy';
import { conferenceView } from '../../../shared/schemas/conferences';
import { authorize } from '../../auth/policy';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { copyPreviewCounts } from './copy-data';
import { copyConference } from './copy-mutations';
import { getConferenceOverview } from './data';
import { presentConference } from './presenters';

const tags = ['conferences'];

/** Sao chép hội nghị cho giai đoạn sau: what the copy takes (for the dialog), and the copy itself. */
export async function conferenceCopyRoutes(app: AppInstance) {
  const { db } = app.deps;
  const conferenceCreate = routeGroup(app, { tags, policy: 'conference.create', params: confParams });

  conferenceCreate.get(
    '/api/conferences/:conferenceId/copy-preview',
    {
      summary: 'Những gì được sao chép sang hội nghị mới',
      response: { 200: conferenceCopyPreviewView },
    },
    async ({ actor, conf }) => {
      authorize(actor, 'conference.create', { organizationId: conf.organizationId });
      return copyPreviewCounts(db, conf.id);
    },
  );

  conferenceCreate.post(
    '/api/conferences/:conferenceId/copy',
    {
      summary: 'Sao chép hội nghị cho giai đoạn sau',
      body: conferenceCopyBodySchema,
      response: { 201: conferenceView },
    },
    async ({ req, reply, actor, conf }) => {
      authorize(actor, 'conference.create', { organizationId: conf.organizationId });
      const row = await copyConference({ db, actor, source: conf, input: req.body });
      const o = orNotFound(await getConferenceOverview(db, row.id), 'hội nghị');
      return reply
        .code(201)
        .send(presentConference(o.conference, o.organization, o.milestones, o.facts, actor));
    },
  );
}
