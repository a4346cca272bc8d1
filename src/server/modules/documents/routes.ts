// Documents of a conference generated from its data, as editable DOCX and print-ready PDF:
// GET …/documents lists the kinds (label, whether the data exists yet and why not), GET
// …/documents/:kind.docx|.pdf builds one through documentBuilders (?meetingId= picks the
// meeting of the minutes). The route admits whoever reads the conference; each kind then asks
// for the permission that reads its data (review.read for TTr/BB/QĐ, delegate.read for the
// delegate list). Another organizer's conference is not found.

import { z } from 'zod';
import { documentKindListView } from '../../../shared/schemas/document-register';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize } from '../../auth/policy';
import { documentAvailability, KIND_PERMISSION } from '../../documents/availability';
import { documentBuilders } from '../../documents/builders';
import { DOCUMENT_KINDS, type DocumentKind } from '../../documents/catalog';
import { NO_STORE, sendDownload } from '../../documents/download';
import { documentFileName } from '../../documents/model';
import { renderDocx } from '../../documents/render-docx';
import { renderPdf } from '../../documents/render-pdf';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { publicOrigin } from '../../public/public-route';
import { conferenceScope } from '../conferences/policy';
import { presentDocumentKinds } from './presenters';
import { documentSettingsRoutes } from './settings-routes';

const fileParams = confParams.extend({ file: z.string().max(100) });
const fileQuery = z.object({ meetingId: uuidParam('Mã phiên họp').optional() });
const tags = ['documents'];

/** "decision.pdf" → kind and format; a 400 in Vietnamese for anything else. */
function parseFile(file: string): { kind: DocumentKind; ext: 'docx' | 'pdf' } {
  const m = /^([a-z_]+)\.(docx|pdf)$/.exec(file);
  if (!m) throw new AppError('VALIDATION', 'Tệp văn bản phải có dạng <loại>.docx hoặc <loại>.pdf');
  if (!(DOCUMENT_KINDS as readonly string[]).includes(m[1]!)) {
    throw new AppError('VALIDATION', `Không có loại văn bản "${m[1]}"`);
  }
  return { kind: m[1] as DocumentKind, ext: m[2] as 'docx' | 'pdf' };
}

export async function documentRoutes(app: AppInstance) {
  const { db } = app.deps;
  await documentSettingsRoutes(app);
  const conferenceRead = routeGroup(app, { tags, policy: 'conference.read' });

  conferenceRead.get(
    '/api/conferences/:conferenceId/documents',
    {
      summary: 'Các văn bản của hội nghị',
      params: confParams,
      response: { 200: documentKindListView },
    },
    async ({ actor, conf }) =>
      presentDocumentKinds(actor, conf, await documentAvailability({ db, conference: conf })),
  );

  conferenceRead.get(
    '/api/conferences/:conferenceId/documents/:file',
    {
      summary:
        'Văn bản của hội nghị (DOCX/PDF): plan, program, invitation, delegate_list, submission, minutes, decision, notice',
      params: fileParams,
      querystring: fileQuery,
      response: { 200: fileResponse('Văn bản (DOCX hoặc PDF)', CONTENT_TYPES.docx, CONTENT_TYPES.pdf) },
    },
    async ({ req, reply, actor, conf }) => {
      const { kind, ext } = parseFile(req.params.file);
      authorize(actor, KIND_PERMISSION[kind], conferenceScope(conf));
      const doc = await documentBuilders[kind].build({
        db,
        actor,
        conference: conf,
        number: null,
        date: null,
        meetingId: req.query.meetingId,
        origin: publicOrigin(app, req),
      });
      const bytes = ext === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
      return sendDownload(reply, { type: ext, name: documentFileName(doc, ext), bytes, headers: NO_STORE });
    },
  );
}
