// Documents of a conference generated from its data, as editable DOCX and print-ready PDF:
// GET …/documents lists the kinds (label, whether the data exists yet and why not), GET
// …/documents/:kind.docx|.pdf builds one through documentBuilders (?meetingId= picks the
// meeting of the minutes). The route admits whoever reads the conference; each kind then asks
// for the permission that reads its data (review.read for TTr/BB/QĐ, delegate.read for the
// delegate list). Another organizer's conference is not found.
import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import { attachment, DOCX_TYPE } from '../../content-disposition';
import { documentAvailability, KIND_PERMISSION } from '../../documents/availability';
import { documentBuilders } from '../../documents/builders';
import { DOCUMENT_KINDS, type DocumentKind } from '../../documents/catalog';
import { documentFileName } from '../../documents/model';
import { renderDocx } from '../../documents/render-docx';
import { renderPdf } from '../../documents/render-pdf';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadVisibleConference } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { documentSettingsRoutes } from './settings-routes';

const fileParams = confParams.extend({ file: z.string().max(100) });
const fileQuery = z.object({ meetingId: uuidParam('Mã phiên họp').optional() });

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

  app.get(
    '/api/conferences/:conferenceId/documents',
    {
      config: { policy: 'conference.read' },
      schema: { tags: ['documents'], summary: 'Các văn bản của hội nghị', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conference = await loadVisibleConference(db, actor, req.params.conferenceId);
      const availability = await documentAvailability({ db, conference });
      return {
        items: DOCUMENT_KINDS.map((kind) => {
          const b = documentBuilders[kind];
          const permitted = can(actor, KIND_PERMISSION[kind], conferenceScope(conference));
          const a = permitted
            ? availability[kind]
            : { available: false, reason: 'Bạn không có quyền xem văn bản này' };
          return { kind, label: b.label, type: b.type, permitted, ...a };
        }),
      };
    },
  );

  app.get(
    '/api/conferences/:conferenceId/documents/:file',
    {
      config: { policy: 'conference.read' },
      schema: {
        tags: ['documents'],
        summary:
          'Văn bản của hội nghị (DOCX/PDF): plan, program, invitation, delegate_list, submission, minutes, decision, notice',
        params: fileParams,
        querystring: fileQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { kind, ext } = parseFile(req.params.file);
      const conference = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, KIND_PERMISSION[kind], conferenceScope(conference));
      const doc = await documentBuilders[kind].build({
        db,
        actor,
        conference,
        number: null,
        date: null,
        meetingId: req.query.meetingId,
      });
      return reply
        .header('content-type', ext === 'pdf' ? 'application/pdf' : DOCX_TYPE)
        .header('content-disposition', attachment(documentFileName(doc, ext)))
        .header('cache-control', 'no-store')
        .send(ext === 'pdf' ? await renderPdf(doc) : await renderDocx(doc));
    },
  );
}
