import { z } from 'zod';
import { nominationView } from '../../../shared/schemas/nomination-views';
import { AppError, orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { fileResponse, noContent, sendAttachment } from '../../http/responses';
import { route, routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import { ALLOWED_ATTACHMENTS, checkAttachment, MAX_ATTACHMENT_BYTES } from '../../storage/file-check';
import { authorizeUnitWrite, loadNomination, nominationParams } from './access';
import { getAttachment } from './data';
import { addAttachment, removeAttachment } from './mutations';
import { nominationPermissions, presentNomination } from './presenters';

const tags = ['nominations'];
const attachmentParams = nominationParams.extend({ attachmentId: z.uuid({ error: 'Mã tệp không hợp lệ' }) });

export async function nominationFileRoutes(app: AppInstance) {
  const { db, files } = app.deps;

  /** The nomination, when the actor may still change its files; else 403 / 409 with `refusal`. */
  async function loadEditable(actor: Parameters<typeof loadNomination>[1], params: object, refusal: string) {
    const { conferenceId, nominationId } = params as { conferenceId: string; nominationId: string };
    const ctx = await loadNomination(db, actor, conferenceId, nominationId);
    authorizeUnitWrite(actor, ctx.conf, ctx.n.unitId);
    if (!nominationPermissions(actor, ctx.conf, ctx.n).canEdit) throw new AppError('INVALID_STATE', refusal);
    return ctx;
  }
  const nominationWrite = routeGroup(app, { tags, policy: 'nomination.write' });

  nominationWrite.created(
    '/api/conferences/:conferenceId/nominations/:nominationId/attachments',
    {
      loadConference: false,
      summary: 'Đính kèm tệp (PDF, JPG, PNG, DOCX; tối đa 10 MB)',
      params: nominationParams,
      consumes: ['multipart/form-data'],
      response: { 201: nominationView },
    },
    async ({ req, actor }) => {
      const ctx = await loadEditable(
        actor,
        req.params,
        'Chỉ đính kèm được khi đề nghị là bản nháp hoặc bị trả lại',
      );
      const upload = await readUpload(req, MAX_ATTACHMENT_BYTES);
      const mimeType = await checkAttachment(upload.name, upload.bytes);
      const sha256 = await files.put(upload.bytes);
      await addAttachment(db, actor, ctx.conf, ctx.n, {
        fileName: upload.name,
        mimeType,
        size: upload.bytes.length,
        sha256,
      });
      return await presentNomination(db, actor, ctx);
    },
  );

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/nominations/:nominationId/attachments/:attachmentId',
    {
      policy: 'authenticated',
      tags,
      summary: 'Tải tệp đính kèm',
      params: attachmentParams,
      response: { 200: fileResponse('Tệp đính kèm', ...Object.values(ALLOWED_ATTACHMENTS)) },
    },
    async ({ req, reply, actor }) => {
      const ctx = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      const a = orNotFound(await getAttachment(db, ctx.n.id, req.params.attachmentId), 'tệp đính kèm');
      return sendAttachment(reply, a, await files.get(a.sha256));
    },
  );

  nominationWrite.delete(
    '/api/conferences/:conferenceId/nominations/:nominationId/attachments/:attachmentId',
    {
      loadConference: false,
      summary: 'Gỡ tệp đính kèm',
      params: attachmentParams,
      response: noContent,
    },
    async ({ req, reply, actor }) => {
      const ctx = await loadEditable(
        actor,
        req.params,
        'Chỉ gỡ được tệp khi đề nghị là bản nháp hoặc bị trả lại',
      );
      await removeAttachment(db, actor, ctx.conf, ctx.n, req.params.attachmentId);
      return reply.code(204).send(null);
    },
  );
}
