// What printing certificates needs besides the settings row: the fallbacks from the plan and the
// organizer, the issue (agency, decision, signer, images), each honoree as a recipient, and the
// printer's offset. The settings answer (presentCertificateSettings) is loaded here too, since the
// image routes answer with it.
import { type Actor, can } from '../../../shared/rules/permissions';
import { publicPaths } from '../../../shared/rules/public-paths';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { CertificateSettings } from '../../../shared/schemas/certificates';
import type { Db } from '../../db/client';
import type { CertificateIssue, CertificateRecipient } from '../../documents/certificate';
import { AppError } from '../../errors';
import type { FileStore } from '../../storage/files';
import { type ConferenceRow, getConferenceOverview } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { HonoreeRow } from '../selection/data';
import {
  type CertificateSettingsRow,
  getCertificateSettings,
  listCertificateHonorees,
  verifyCodesOf,
} from './certificate-data';
import { presentCertificateSettings } from './presenters';
import { latestIssued } from './register-data';

/** "UBND phường Văn Yên" → "Ủy ban nhân dân phường Văn Yên". */
const expandAgency = (name: string) => name.replace(/^UBND\b/i, 'Ủy ban nhân dân');

async function fallbackOf(db: Db, conf: ConferenceRow): Promise<CertificateSettings['fallback']> {
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

/** The settings as the page shows them, the stored row and the honorees in print order. */
export async function loadCertificates(db: Db, actor: Actor, conf: ConferenceRow) {
  const [row, fallback, honorees, issued] = await Promise.all([
    getCertificateSettings(db, conf.id),
    fallbackOf(db, conf),
    listCertificateHonorees(db, conf.id),
    latestIssued(db, conf.id, 'decision'),
  ]);
  const canManage = can(actor, 'certificate.manage', conferenceScope(conf));
  const settings = presentCertificateSettings(row, {
    fallback,
    honoreeCount: honorees.length,
    canManage,
    issued,
  });
  return { honorees, row, settings };
}

export async function issueOf(
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

/**
 * The honorees as printed, each with its honour's mã xác minh and the verification page it opens
 * (`origin`: PUBLIC_URL, else the printing browser's origin) when the register has one.
 */
export async function recipientsOf(
  db: Db,
  honorees: HonoreeRow[],
  origin: string,
): Promise<CertificateRecipient[]> {
  const codes = await verifyCodesOf(
    db,
    honorees.map((h) => h.nominationId),
  );
  return honorees.map((h) => {
    const code = codes.get(h.nominationId);
    return { ...toRecipient(h), verify: code ? { code, url: origin + publicPaths.verify(code) } : null };
  });
}

export const toRecipient = (h: HonoreeRow): CertificateRecipient =>
  h.kind === 'collective'
    ? { kind: 'collective', salutation: '', name: h.name, position: '', unitName: h.unitName }
    : {
        kind: 'individual',
        salutation: h.gender === 'male' ? 'Ông' : h.gender === 'female' ? 'Bà' : '',
        name: h.name,
        position: h.individual?.position ?? '',
        unitName: h.unitName,
      };

export function printerOffset(s: CertificateSettings, name: string | undefined): { dx: number; dy: number } {
  if (!name) return { dx: 0, dy: 0 };
  const printer = s.printers.find((p) => p.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
  if (!printer) {
    throw new AppError('VALIDATION', `Chưa có máy in "${name}" trong cài đặt căn chỉnh`, {
      fields: { printer: `Chưa có máy in "${name}" trong cài đặt căn chỉnh` },
    });
  }
  return { dx: printer.dx, dy: printer.dy };
}
