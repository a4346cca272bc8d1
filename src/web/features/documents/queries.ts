import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { RegisterList } from '../../../shared/schemas/document-register';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import { conferenceCan } from '../../lib/actor';
import { apiGet } from '../../lib/api';

export const documentsPath = (cid: string) => `/conferences/${cid}/documents`;
export const documentsApi = (cid: string) => `/api/conferences/${cid}/documents`;
export const registerApi = (cid: string) => `/api/conferences/${cid}/register`;

/** One generated document kind as GET …/documents lists it. */
export type DocumentKindInfo = {
  kind: string;
  label: string;
  type?: string;
  available?: boolean;
  reason?: string | null;
  permitted?: boolean;
};

const registerKey = (cid: string) => ['document-register', cid] as const;

/** The kinds with their availability; before the catalog route exists, the KH alone. */
export function useDocumentKinds(cid: string) {
  return useQuery({
    queryKey: ['document-kinds', cid],
    queryFn: async (): Promise<DocumentKindInfo[]> => {
      const res = await apiGet<
        { items?: DocumentKindInfo[]; kinds?: DocumentKindInfo[] } | DocumentKindInfo[]
      >(documentsApi(cid)).catch(() => null);
      const items = Array.isArray(res) ? res : (res?.items ?? res?.kinds);
      return items ?? [{ kind: 'plan', label: 'Kế hoạch tổ chức hội nghị', type: 'KH', available: true }];
    },
  });
}

export function useRegister(cid: string) {
  return useQuery({ queryKey: registerKey(cid), queryFn: () => apiGet<RegisterList>(registerApi(cid)) });
}

export function invalidateRegister(qc: QueryClient, cid: string) {
  void qc.invalidateQueries({ queryKey: registerKey(cid) });
  void qc.invalidateQueries({ queryKey: ['audit'] });
}

export function documentsRole(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>) {
  const has = conferenceCan(me, conf);
  return { canRead: has('conference.read'), canIssue: has('document.issue') };
}

export const documentSettingsKey = (cid: string) => ['document-settings', cid] as const;

/** Cài đặt văn bản (prize rounding, the QĐ's legal basis). */
export function useDocumentSettings(cid: string) {
  return useQuery({
    queryKey: documentSettingsKey(cid),
    queryFn: () => apiGet<DocumentSettings>(`${documentsApi(cid)}/settings`),
  });
}
