// Giấy khen. B = /api/conferences/:conferenceId
//
// method  path                              policy              answer
// GET     B/certificates/settings           certificate.manage  CertificateSettings (stored + fallbacks)
// PUT     B/certificates/settings           certificate.manage  body CertificateSettingsInput → saved (409 stale)
// GET     B/certificates.pdf                certificate.manage  ?mode=design|blank&printer=…&first=1 → a page per honoree (first=1: the first only, for the preview)
// GET     B/certificates/alignment.pdf      certificate.manage  ?printer=… → the alignment test sheet
//
// Honorees are the selected rows of closed ballots, grouped by award form, collectives first. The
// decision number, code and date are those of the award decision issued in the document register;
// the settings' decision fields are used only while no decision is issued. The signer comes from
// the settings; empty ones fall back to the plan (signer title and name) or print a blank. The
// signature and seal images (certificate-image-routes.ts) are drawn on the full design.
import { z } from 'zod';
import {
  CERTIFICATE_MODES,
  certificateSettingsInputSchema,
  certificateSettingsView,
} from '../../../shared/schemas/certificates';
import { renderCertificates } from '../../documents/certificate';
import { renderAlignmentSheet } from '../../documents/certificate-alignment';
import { NO_STORE, sendDownload } from '../../documents/download';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { certificateImageRoutes } from './certificate-image-routes';
import { saveCertificateSettings } from './certificate-mutations';
import { issueOf, loadCertificates, printerOffset, recipientsOf } from './certificate-print';

const printerQuery = z.string().trim().max(100).optional();
const pdfQuery = z.object({
  mode: z
    .enum(CERTIFICATE_MODES, { error: 'Chế độ in phải là design (mẫu đầy đủ) hoặc blank (in trên phôi)' })
    .optional(),
  printer: printerQuery,
  /** "1": only the first honoree's page (the preview). */
  first: z.enum(['1'], { error: 'first chỉ nhận giá trị 1' }).optional(),
});
const alignmentQuery = z.object({ printer: printerQuery });
const tags = ['documents'];
const base = '/api/conferences/:conferenceId/certificates';
const manage = { policy: 'certificate.manage', tags, params: confParams } as const;
const settingsAnswer = { response: { 200: certificateSettingsView } };
const pdfAnswer = (what: string) => ({ response: { 200: fileResponse(what, CONTENT_TYPES.pdf) } });

export async function certificateRoutes(app: AppInstance) {
  const { db, files, env } = app.deps;
  const manageRoutes = routeGroup(app, manage);

  await certificateImageRoutes(app);

  manageRoutes.get(
    `${base}/settings`,
    { ...settingsAnswer, summary: 'Cài đặt in giấy khen' },
    async ({ actor, conf }) => (await loadCertificates(db, actor, conf)).settings,
  );

  manageRoutes.put(
    `${base}/settings`,
    {
      ...settingsAnswer,
      summary: 'Lưu cài đặt in giấy khen',
      body: certificateSettingsInputSchema,
    },
    async ({ req, actor, conf }) => {
      await saveCertificateSettings(db, actor, conf, req.body);
      return (await loadCertificates(db, actor, conf)).settings;
    },
  );

  manageRoutes.get(
    `${base}.pdf`,
    {
      ...pdfAnswer('Giấy khen (PDF)'),
      summary: 'Giấy khen của mọi người được vinh danh (PDF)',
      querystring: pdfQuery,
    },
    async ({ req, reply, actor, conf }) => {
      const { honorees, settings, row } = await loadCertificates(db, actor, conf);
      if (honorees.length === 0) {
        throw new AppError(
          'INVALID_STATE',
          'Chưa có người/tập thể nào được chọn vinh danh: chưa in được giấy khen',
        );
      }
      const mode = req.query.mode ?? settings.defaultMode;
      const bytes = await renderCertificates(
        await issueOf(db, files, conf, settings, row),
        await recipientsOf(
          db,
          req.query.first ? honorees.slice(0, 1) : honorees,
          env.PUBLIC_URL ?? `${req.protocol}://${req.host}`,
        ),
        { mode, layout: settings.layout, offset: printerOffset(settings, req.query.printer) },
      );
      const name = mode === 'design' ? 'Giấy khen.pdf' : 'Giấy khen - in trên phôi.pdf';
      return sendDownload(reply, {
        type: 'pdf',
        name,
        bytes,
        headers: { ...NO_STORE, 'x-certificate-count': String(honorees.length) },
      });
    },
  );

  manageRoutes.get(
    `${base}/alignment.pdf`,
    {
      ...pdfAnswer('Tờ thử căn chỉnh (PDF)'),
      summary: 'Tờ thử căn chỉnh in giấy khen (PDF)',
      querystring: alignmentQuery,
    },
    async ({ req, reply, actor, conf }) => {
      const { settings } = await loadCertificates(db, actor, conf);
      const bytes = await renderAlignmentSheet({
        layout: settings.layout,
        offset: printerOffset(settings, req.query.printer),
        printerName: req.query.printer ?? '',
      });
      return sendDownload(reply, {
        type: 'pdf',
        name: 'Tờ thử căn chỉnh giấy khen.pdf',
        bytes,
        headers: NO_STORE,
      });
    },
  );
}
