import { can } from '../../../shared/rules/permissions';
import { documentSettingsInputSchema, documentSettingsView } from '../../../shared/schemas/document-settings';
import type { Db } from '../../db/client';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { decisionPrizes } from './decision-prizes-data';
import { presentDocumentSettings } from './presenters';
import { type DocumentSettingsRow, getDocumentSettings } from './settings-data';
import { saveDocumentSettings } from './settings-mutations';

const tags = ['documents'];
const path = '/api/conferences/:conferenceId/documents/settings';

/** The settings with the draft QĐ's prizes on the date they set (or the conference day). */
async function settingsView(
  db: Db,
  conf: ConferenceRow,
  row: DocumentSettingsRow | null,
  canManage: boolean,
) {
  return presentDocumentSettings(row, canManage, await decisionPrizes(db, conf, { draft: true }));
}

export async function documentSettingsRoutes(app: AppInstance) {
  const { db } = app.deps;
  const api = routeGroup(app, { tags });

  api.get(
    path,
    {
      policy: 'conference.read',
      summary: 'Cài đặt văn bản (làm tròn tiền thưởng, căn cứ và ngày QĐ dự thảo)',
      params: confParams,
      response: { 200: documentSettingsView },
    },
    async ({ actor, conf }) => {
      const canManage = can(actor, 'document.issue', conferenceScope(conf));
      return settingsView(db, conf, await getDocumentSettings(db, conf.id), canManage);
    },
  );

  api.put(
    path,
    {
      policy: 'document.issue',
      summary: 'Lưu cài đặt văn bản',
      params: confParams,
      body: documentSettingsInputSchema,
      response: { 200: documentSettingsView },
    },
    async ({ req, actor, conf }) => {
      const saved = await saveDocumentSettings(db, actor, conf, req.body, (tx, row) =>
        settingsView(tx, conf, row, true),
      );
      return settingsView(db, conf, saved, true);
    },
  );
}
