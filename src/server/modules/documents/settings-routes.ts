import { can } from '../../../shared/rules/permissions';
import { documentSettingsInputSchema, documentSettingsView } from '../../../shared/schemas/document-settings';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { route } from '../../http/route';
import { conferenceScope } from '../conferences/policy';
import { presentDocumentSettings } from './presenters';
import { getDocumentSettings } from './settings-data';
import { saveDocumentSettings } from './settings-mutations';

const tags = ['documents'];
const path = '/api/conferences/:conferenceId/documents/settings';

export async function documentSettingsRoutes(app: AppInstance) {
  const { db } = app.deps;

  route(
    app,
    'GET',
    path,
    {
      policy: 'conference.read',
      tags,
      summary: 'Cài đặt văn bản (làm tròn tiền thưởng, căn cứ QĐ)',
      params: confParams,
      response: { 200: documentSettingsView },
    },
    async ({ actor, conf }) => {
      const canManage = can(actor, 'document.issue', conferenceScope(conf));
      return presentDocumentSettings(await getDocumentSettings(db, conf.id), canManage);
    },
  );

  route(
    app,
    'PUT',
    path,
    {
      policy: 'document.issue',
      tags,
      summary: 'Lưu cài đặt văn bản',
      params: confParams,
      body: documentSettingsInputSchema,
      response: { 200: documentSettingsView },
    },
    async ({ req, actor, conf }) => {
      const saved = await saveDocumentSettings(db, actor, conf, req.body, (row) =>
        presentDocumentSettings(row, true),
      );
      return presentDocumentSettings(saved, true);
    },
  );
}
