import { defaultDecisionLegalBasis } from '../../../shared/rules/legal-basis';
import { can } from '../../../shared/rules/permissions';
import type { PrizeRounding } from '../../../shared/rules/prize-money';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  type DocumentSettings,
  documentSettingsInputSchema,
} from '../../../shared/schemas/document-settings';
import { requireActor } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadConferenceFor as loadConf, loadVisibleConference } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { type DocumentSettingsRow, getDocumentSettings } from './settings-data';
import { saveDocumentSettings } from './settings-mutations';

export function presentDocumentSettings(
  row: DocumentSettingsRow | null,
  canManage: boolean,
): DocumentSettings {
  return {
    version: row?.version ?? 0,
    prizeRounding: (row?.prizeRounding as PrizeRounding | undefined) ?? 'none',
    decisionLegalBasis: row?.decisionLegalBasis ?? null,
    // the laws in force today, as a draft QĐ dated today cites them
    defaultLegalBasis: defaultDecisionLegalBasis(todayInVietnam()),
    canManage,
  };
}

export async function documentSettingsRoutes(app: AppInstance) {
  const { db } = app.deps;
  const tags = ['documents'];
  const path = '/api/conferences/:conferenceId/documents/settings';

  app.get(
    path,
    {
      config: { policy: 'conference.read' },
      schema: { tags, summary: 'Cài đặt văn bản (làm tròn tiền thưởng, căn cứ QĐ)', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      const canManage = can(actor, 'document.issue', conferenceScope(conf));
      return presentDocumentSettings(await getDocumentSettings(db, conf.id), canManage);
    },
  );

  app.put(
    path,
    {
      config: { policy: 'document.issue' },
      schema: { tags, summary: 'Lưu cài đặt văn bản', params: confParams, body: documentSettingsInputSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'document.issue');
      const saved = await saveDocumentSettings(db, actor, conf, req.body, (row) =>
        presentDocumentSettings(row, true),
      );
      return presentDocumentSettings(saved, true);
    },
  );
}
