import { z } from 'zod';
import { requireActor } from '../../auth/policy';
import { attachment } from '../../content-disposition';
import { AppError, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { readUpload } from '../../http/upload';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '../../storage/file-check';
import { getAttachment } from './data';
import { addAttachment, removeAttachment } from './mutations';
import { nominationPermissions } from './policy';
import { authorizeUnitWrite, loadNomination, nominationParams, presentOne } from './routes';

export async function nominationFileRoutes(app: AppInstance) {
  const { db, files } = app.deps;

  app.post(
    '/api/conferences/:conferenceId/nominations/:nominationId/attachments',
    {
      config: { policy: 'nomination.write' },
      schema: {
        tags: ['nominations'],
        summary: 'Đính kèm tệp (PDF, JPG, PNG, DOCX; tối đa 10 MB)',
        params: nominationParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const ctx = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      authorizeUnitWrite(actor, ctx.conf, ctx.n.unitId);
      if (!nominationPermissions(actor, ctx.conf, ctx.n).canEdit) {
        throw new AppError('INVALID_STATE', 'Chỉ đính kèm được khi đề nghị là bản nháp hoặc bị trả lại');
      }
      const upload = await readUpload(
        await req.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES } }),
        MAX_ATTACHMENT_BYTES,
      );
      const mimeType = await checkAttachment(upload.name, upload.bytes);
      const sha256 = await files.put(upload.bytes);
      await addAttachment(db, actor, ctx.conf, ctx.n, {
        fileName: upload.name,
        mimeType,
        size: upload.bytes.length,
        sha256,
      });
      return reply.code(201).send(await presentOne(db, actor, ctx));
    },
  );

  app.get(
    '/api/conferences/:conferenceId/nominations/:nominationId/attachments/:attachmentId',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['nominations'],
        summary: 'Tải tệp đính kèm',
        params: nominationParams.extend({ attachmentId: z.uuid({ error: 'Mã tệp không hợp lệ' }) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const ctx = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      const a = await getAttachment(db, ctx.n.id, req.params.attachmentId);
      if (!a) throw notFound('tệp đính kèm');
      const bytes = await files.get(a.sha256);
      return reply
        .header('content-type', a.mimeType)
        .header('content-disposition', attachment(a.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  app.delete(
    '/api/conferences/:conferenceId/nominations/:nominationId/attachments/:attachmentId',
    {
      config: { policy: 'nomination.write' },
      schema: {
        tags: ['nominations'],
        summary: 'Gỡ tệp đính kèm',
        params: nominationParams.extend({ attachmentId: z.uuid({ error: 'Mã tệp không hợp lệ' }) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const ctx = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      authorizeUnitWrite(actor, ctx.conf, ctx.n.unitId);
      if (!nominationPermissions(actor, ctx.conf, ctx.n).canEdit) {
        throw new AppError('INVALID_STATE', 'Chỉ gỡ được tệp khi đề nghị là bản nháp hoặc bị trả lại');
      }
      await removeAttachment(db, actor, ctx.conf, ctx.n, req.params.attachmentId);
      return reply.code(204).send();
    },
  );
}
