import type { MeView as Me } from '../../../shared/schemas/auth';
import type { CertificateSettings, CertificateSettingsInput } from '../../../shared/schemas/certificates';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { conferenceCan } from '../../lib/actor';
import { api, apiUpload, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const certificatesPath = (cid: string) => `/conferences/${cid}/certificates`;
export const certificatesApi = (cid: string) => `/api/conferences/${cid}/certificates`;
export const certificateSettingsKey = (cid: string) => ['certificate-settings', cid] as const;

export function canManageCertificates(
  me: Me,
  conf: Pick<ConferenceDetail, 'id' | 'organizationId'>,
): boolean {
  return conferenceCan(me, conf)('certificate.manage');
}

export function useCertificateSettings(cid: string) {
  return useGet<CertificateSettings>(certificateSettingsKey(cid), `${certificatesApi(cid)}/settings`);
}

export const pdfUrl = (cid: string, mode: string, printer: string | null, first = false) =>
  `${certificatesApi(cid)}.pdf${query({ mode, printer: mode === 'blank' ? printer : null, first: first ? '1' : null })}`;

export const alignmentUrl = (cid: string, printer: string | null) =>
  `${certificatesApi(cid)}/alignment.pdf${query({ printer })}`;

export const saveCertificateSettings = (cid: string, body: CertificateSettingsInput) =>
  api<CertificateSettings>('PUT', `${certificatesApi(cid)}/settings`, body);

export type CertificateImage = 'signature' | 'seal';
export const certificateImageUrl = (cid: string, which: CertificateImage) =>
  `${certificatesApi(cid)}/images/${which}`;

/** Upload (a file) or remove (null) the signature or seal image. */
export const setCertificateImage = (cid: string, which: CertificateImage, file: File | null) =>
  file
    ? apiUpload<CertificateSettings>(certificateImageUrl(cid, which), file)
    : api<CertificateSettings>('DELETE', certificateImageUrl(cid, which));
