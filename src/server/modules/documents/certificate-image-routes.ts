// Ảnh chữ ký và con dấu of the certificates. B = /api/conferences/:conferenceId/certificates
//
// method  path                  policy              answer
// POST    B/images/:which       certificate.manage  multipart file (PNG/JPG ≤ 10 MB) → CertificateSettings
// DELETE  B/images/:which       certificate.manage  → CertificateSettings (the image removed)
// GET     B/images/:which       certificate.manage  → the image bytes (404 when none)
//
// :which is signature or seal. The type is read from the bytes (file-check.ts), never the name;
// the file goes to the content-addressed store. Printed on the full design only.
import { z } from 'zod';
import { certificateSettingsView } from '../../../shared/schemas/certificates';
import { uuidParam } from '../../../shared/schemas/primitives';
import { AppError, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '../../storage/file-check';
import { getCertificateSettings } from './certificate-data';
import { CERTIFICATE_IMAGES, setCertificateImage } from './certificate-mutations';
import { loadCertificates } from './certificate-print';

const params = z.object({
  conferenceId: uuidParam('Mã hội nghị'),
  which: z.enum(CERTIFICATE_IMAGES, { error: 'Loại ảnh phải là signature (chữ ký) hoặc seal (con dấu)' }),
});
const LABEL = { signature: 'Ảnh chữ ký', seal: 'Ảnh con dấu' } as const;
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);
const tags = ['documents'];
const path = '/api/conferences/:conferenceId/certificates/images/:which';
const manage = { policy: 'certificate.manage', tags, params } as const;
const settingsAnswer = { response: { 200: certificateSettingsView } };

export async function certificateImageRoutes(app: AppInstance) {
  const { db, files } = app.deps;
  const manageRoutes = routeGroup(app, manage);

  manageRoutes.post(
    path,
    {
      ...settingsAnswer,
      summary: 'Tải lên ảnh chữ ký hoặc con dấu (PNG, JPG; tối đa 10 MB)',
      consumes: ['multipart/form-data'],
    },
    async ({ req, actor, conf }) => {
      const upload = await readUpload(req, MAX_ATTACHMENT_BYTES);
      const label = LABEL[req.params.which];
      const mime = await checkAttachment(upload.name, upload.bytes).catch(() => null);
      if (!mime || !IMAGE_TYPES.has(mime)) {
        const why = 'chỉ nhận ảnh PNG hoặc JPG';
        throw new AppError('VALIDATION', `${label}: tệp "${upload.name}" không được nhận, ${why}`, {
          fields: { file: why },
        });
      }
      const sha256 = await files.put(upload.bytes);
      await setCertificateImage(db, actor, conf, req.params.which, sha256);
      return (await loadCertificates(db, actor, conf)).settings;
    },
  );

  manageRoutes.delete(
    path,
    { ...settingsAnswer, summary: 'Xóa ảnh chữ ký hoặc con dấu' },
    async ({ req, actor, conf }) => {
      await setCertificateImage(db, actor, conf, req.params.which, null);
      return (await loadCertificates(db, actor, conf)).settings;
    },
  );

  manageRoutes.get(
    path,
    {
      summary: 'Ảnh chữ ký hoặc con dấu',
      response: { 200: fileResponse('Ảnh chữ ký hoặc con dấu', CONTENT_TYPES.png, CONTENT_TYPES.jpeg) },
    },
    async ({ req, reply, conf }) => {
      const row = await getCertificateSettings(db, conf.id);
      const sha = req.params.which === 'signature' ? row?.signatureImageSha256 : row?.sealImageSha256;
      if (!sha) throw notFound(LABEL[req.params.which].toLocaleLowerCase('vi'));
      const bytes = await files.get(sha);
      return reply
        .header('content-type', bytes[0] === 0x89 ? CONTENT_TYPES.png : CONTENT_TYPES.jpeg)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(bytes);
    },
  );
}
