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
import { DEFAULT_FIELD_LAYOUT } from '../../../shared/rules/certificate-layout';
import { can } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  CERTIFICATE_MODES,
  type CertificateSettings,
  certificateSettingsInputSchema,
} from '../../../shared/schemas/certificates';
import { requireActor } from '../../auth/policy';
import { attachment } from '../../content-disposition';
import type { Db } from '../../db/client';
import {
  type CertificateIssue,
  type CertificateRecipient,
  renderCertificates,
} from '../../documents/certificate';
import { renderAlignmentSheet } from '../../documents/certificate-alignment';
import { documentNumberLine } from '../../documents/model';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import type { FileStore } from '../../storage/files';
import { loadConferenceFor as loadConf } from '../conferences/access';
import { type ConferenceRow, getConferenceOverview } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { HonoreeRow } from '../selection/data';
import {
  type CertificateSettingsRow,
  getCertificateSettings,
  listCertificateHonorees,
} from './certificate-data';
import { certificateImageRoutes } from './certificate-image-routes';
import { saveCertificateSettings } from './certificate-mutations';
import { type IssuedDocumentRow, latestIssued } from './register-data';

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

/** "UBND phường Văn Yên" → "Ủy ban nhân dân phường Văn Yên". */
const expandAgency = (name: string) => name.replace(/^UBND\b/i, 'Ủy ban nhân dân');

type Fallback = CertificateSettings['fallback'];

async function fallbackOf(db: Db, conf: ConferenceRow): Promise<Fallback> {
  const overview = await getConferenceOverview(db, conf.id);
  const plan = conf.plan;
  const title = plan.signer.title || 'Chủ tịch';
  return {
    awardingLine: `${title} ${expandAgency(overview?.organization.name ?? '')}`
      .trim()
      .toLocaleUpperCase('vi'),
    achievement: `Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn ${plan.periodStart} - ${plan.periodEnd}`,
    signerAuthority: '',
    signerTitle: title.toLocaleUpperCase('vi'),
    signerName: plan.signer.name,
    issuePlace: plan.issuePlace,
  };
}

function present(
  row: CertificateSettingsRow | null,
  fallback: Fallback,
  honoreeCount: number,
  canManage: boolean,
  issued: IssuedDocumentRow | null,
): CertificateSettings {
  return {
    version: row?.version ?? 0,
    defaultMode: (row?.defaultMode as CertificateSettings['defaultMode']) ?? 'design',
    layout: row?.layout ?? DEFAULT_FIELD_LAYOUT,
    layoutCustomized: row?.layout != null,
    printers: row?.printers ?? [],
    title: row?.title ?? 'GIẤY KHEN',
    awardingLine: row?.awardingLine ?? null,
    achievement: row?.achievement ?? null,
    decisionNumber: row?.decisionNumber ?? null,
    decisionCode: row?.decisionCode ?? 'QĐ-UBND',
    decisionDate: row?.decisionDate ?? null,
    issuedOn: row?.issuedOn ?? null,
    signerAuthority: row?.signerAuthority ?? null,
    signerTitle: row?.signerTitle ?? null,
    signerName: row?.signerName ?? null,
    fallback,
    honoreeCount,
    canManage,
    signatureImage: !!row?.signatureImageSha256,
    sealImage: !!row?.sealImageSha256,
    issuedDecision:
      issued?.number != null && issued.documentDate
        ? {
            number: String(issued.number).padStart(2, '0'),
            code: issued.code,
            date: issued.documentDate,
            numberLine: documentNumberLine(issued.number, issued.code),
          }
        : null,
  };
}

async function issueOf(
  db: Db,
  files: FileStore,
  conf: ConferenceRow,
  s: CertificateSettings,
  row: CertificateSettingsRow | null,
): Promise<CertificateIssue> {
  const overview = await getConferenceOverview(db, conf.id);
  const f = s.fallback;
  const qd = s.issuedDecision;
  const image = (sha: string | null | undefined) => (sha ? files.get(sha) : Promise.resolve(null));
  return {
    parentAgency: overview?.organization.parentName ?? '',
    issuingAgency: overview?.organization.name ?? '',
    title: s.title,
    awardingLine: s.awardingLine ?? f.awardingLine,
    achievement: s.achievement ?? f.achievement,
    decisionNumber: qd ? qd.number : s.decisionNumber,
    decisionCode: qd ? qd.code : s.decisionCode,
    decisionDate: qd ? qd.date : s.decisionDate,
    issuePlace: f.issuePlace,
    issuedOn: s.issuedOn ?? (qd ? qd.date : s.decisionDate) ?? todayInVietnam(),
    signaturePng: await image(row?.signatureImageSha256),
    sealPng: await image(row?.sealImageSha256),
    signer: {
      authorityLine: s.signerAuthority ?? f.signerAuthority,
      title: s.signerTitle ?? f.signerTitle,
      name: s.signerName ?? f.signerName,
    },
  };
}

const toRecipient = (h: HonoreeRow): CertificateRecipient =>
  h.kind === 'collective'
    ? { kind: 'collective', salutation: '', name: h.name, position: '', unitName: h.unitName }
    : {
        kind: 'individual',
        salutation: h.gender === 'male' ? 'Ông' : h.gender === 'female' ? 'Bà' : '',
        name: h.name,
        position: h.individual?.position ?? '',
        unitName: h.unitName,
      };

function printerOffset(s: CertificateSettings, name: string | undefined): { dx: number; dy: number } {
  if (!name) return { dx: 0, dy: 0 };
  const printer = s.printers.find((p) => p.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
  if (!printer) {
    throw new AppError('VALIDATION', `Chưa có máy in "${name}" trong cài đặt căn chỉnh`, {
      fields: { printer: `Chưa có máy in "${name}" trong cài đặt căn chỉnh` },
    });
  }
  return { dx: printer.dx, dy: printer.dy };
}

export async function certificateRoutes(app: AppInstance) {
  const { db, files } = app.deps;
  const tags = ['documents'];
  const base = '/api/conferences/:conferenceId/certificates';
  const policy = 'certificate.manage' as const;

  async function load(actor: ReturnType<typeof requireActor>, conferenceId: string) {
    const conf = await loadConf(db, actor, conferenceId, policy);
    const [row, fallback, honorees, issued] = [
      await getCertificateSettings(db, conf.id),
      await fallbackOf(db, conf),
      await listCertificateHonorees(db, conf.id),
      await latestIssued(db, conf.id, 'decision'),
    ];
    const canManage = can(actor, policy, conferenceScope(conf));
    return { conf, honorees, row, settings: present(row, fallback, honorees.length, canManage, issued) };
  }

  await certificateImageRoutes(
    app,
    async (actor, conferenceId) => (await load(actor, conferenceId)).settings,
  );

  app.get(
    `${base}/settings`,
    { config: { policy }, schema: { tags, summary: 'Cài đặt in giấy khen', params: confParams } },
    async (req) => (await load(requireActor(req), req.params.conferenceId)).settings,
  );

  app.put(
    `${base}/settings`,
    {
      config: { policy },
      schema: {
        tags,
        summary: 'Lưu cài đặt in giấy khen',
        params: confParams,
        body: certificateSettingsInputSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, policy);
      await saveCertificateSettings(db, actor, conf, req.body);
      return (await load(actor, conf.id)).settings;
    },
  );

  app.get(
    `${base}.pdf`,
    {
      config: { policy },
      schema: {
        tags,
        summary: 'Giấy khen của mọi người được vinh danh (PDF)',
        params: confParams,
        querystring: pdfQuery,
      },
    },
    async (req, reply) => {
      const { conf, honorees, settings, row } = await load(requireActor(req), req.params.conferenceId);
      if (honorees.length === 0) {
        throw new AppError(
          'INVALID_STATE',
          'Chưa có người/tập thể nào được chọn vinh danh: chưa in được giấy khen',
        );
      }
      const mode = req.query.mode ?? settings.defaultMode;
      const pdf = await renderCertificates(
        await issueOf(db, files, conf, settings, row),
        (req.query.first ? honorees.slice(0, 1) : honorees).map(toRecipient),
        {
          mode,
          layout: settings.layout,
          offset: printerOffset(settings, req.query.printer),
        },
      );
      const name = mode === 'design' ? 'Giấy khen.pdf' : 'Giấy khen - in trên phôi.pdf';
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(name))
        .header('x-certificate-count', String(honorees.length))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    `${base}/alignment.pdf`,
    {
      config: { policy },
      schema: {
        tags,
        summary: 'Tờ thử căn chỉnh in giấy khen (PDF)',
        params: confParams,
        querystring: alignmentQuery,
      },
    },
    async (req, reply) => {
      const { settings } = await load(requireActor(req), req.params.conferenceId);
      const pdf = await renderAlignmentSheet({
        layout: settings.layout,
        offset: printerOffset(settings, req.query.printer),
        printerName: req.query.printer ?? '',
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment('Tờ thử căn chỉnh giấy khen.pdf'))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
