import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type {
  CreateDraftInput,
  DocumentKindListView,
  DocumentKindView,
  IssueInput,
  RegisterEntry,
  RegisterList,
} from '../../../shared/schemas/document-register';
import type { DocumentSettings, DocumentSettingsInput } from '../../../shared/schemas/document-settings';
import { conferenceCan } from '../../lib/actor';
import { ApiError, api, apiGet, downloadFile } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const documentsPath = (cid: string) => `/conferences/${cid}/documents`;
export const documentsApi = (cid: string) => `/api/conferences/${cid}/documents`;
export const registerApi = (cid: string) => `/api/conferences/${cid}/register`;

/** One generated document kind as GET …/documents lists it. */
export type DocumentKindInfo = DocumentKindView;

export const registerKey = (cid: string) => ['document-register', cid] as const;
export const documentSettingsKey = (cid: string) => ['document-settings', cid] as const;

export function useDocumentKinds(cid: string) {
  return useQuery({
    queryKey: ['document-kinds', cid],
    queryFn: async () => (await apiGet<DocumentKindListView>(documentsApi(cid))).items,
  });
}

export function useRegister(cid: string) {
  return useGet<RegisterList>(registerKey(cid), registerApi(cid));
}

export function documentsRole(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>) {
  const has = conferenceCan(me, conf);
  return { canRead: has('conference.read'), canIssue: has('document.issue') };
}

/** Cài đặt văn bản (prize rounding, the QĐ's legal basis). */
export function useDocumentSettings(cid: string) {
  return useGet<DocumentSettings>(documentSettingsKey(cid), `${documentsApi(cid)}/settings`);
}

export const saveDocumentSettings = (cid: string, body: DocumentSettingsInput) =>
  api<DocumentSettings>('PUT', `${documentsApi(cid)}/settings`, body);

export type IssueTarget = { kind: string; meetingId?: string } | { draftId: string };

/** Ban hành: a kind at once (a draft made and issued), or an existing draft. */
export const issueDocument = (cid: string, target: IssueTarget, body: IssueInput) =>
  'kind' in target
    ? api<RegisterEntry>('POST', `${registerApi(cid)}/issue`, {
        ...body,
        kind: target.kind,
        ...(target.meetingId ? { meetingId: target.meetingId } : {}),
      } satisfies CreateDraftInput & IssueInput)
    : api<RegisterEntry>('POST', `${registerApi(cid)}/${target.draftId}/issue`, body);

export const newVersion = (cid: string, id: string) =>
  api<RegisterEntry>('POST', `${registerApi(cid)}/${id}/new-version`);

/** A download that says why it failed (a read: no mutation, just the message). */
export function useDownload() {
  const { t } = useTranslation();
  return (path: string, fallbackName: string) =>
    downloadFile(path, fallbackName).catch((err) =>
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      }),
    );
}

/** A settings save that met a newer version (409): say so; the form follows the reloaded settings. */
export function useConflictNotice(save: { conflict: unknown; clearConflict: () => void }, message: string) {
  const { conflict, clearConflict } = save;
  useEffect(() => {
    if (!conflict) return;
    notifications.show({ color: 'orange', message });
    clearConflict();
  }, [conflict, clearConflict, message]);
}
