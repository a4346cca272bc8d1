import type {
  ThreadInput,
  ThreadLinkOptionsView,
  ThreadListView,
  ThreadStatusInput,
  ThreadView,
} from '../../../shared/schemas/threads';
import { api, apiUpload } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const threadsPath = '/threads';
export const threadPath = (id: string) => `/threads/${id}`;

export type ThreadFilters = { status?: string; unitId?: string; assigneeId?: string };

export const threadsKey = ['threads'] as const;
export const threadKey = (id: string) => ['threads', 'one', id] as const;

const query = (f: ThreadFilters) => {
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => !!v) as [string, string][]).toString();
  return q ? `?${q}` : '';
};

export const useThreads = (orgId: string | undefined, f: ThreadFilters) =>
  useGet<ThreadListView>([...threadsKey, orgId, f], `/api/organizations/${orgId}/threads${query(f)}`, {
    enabled: !!orgId,
  });

export const useThread = (id: string) => useGet<ThreadView>(threadKey(id), `/api/threads/${id}`);

export const useLinkOptions = (orgId: string | undefined, unitId: string | null) =>
  useGet<ThreadLinkOptionsView>(
    [...threadsKey, 'links', orgId, unitId],
    `/api/organizations/${orgId}/threads/link-options?unitId=${unitId}`,
    { enabled: !!orgId && !!unitId },
  );

/** Plain lines as the paragraphs the server keeps (it sanitizes whatever it receives). */
export const textToHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('');

async function attachAll(thread: ThreadView, messageId: string, files: File[]): Promise<ThreadView> {
  let view = thread;
  for (const f of files) {
    view = await apiUpload<ThreadView>(`/api/threads/${thread.id}/messages/${messageId}/attachments`, f);
  }
  return view;
}

export async function raiseThread(orgId: string, input: ThreadInput, files: File[]) {
  const created = await api<ThreadView>('POST', `/api/organizations/${orgId}/threads`, input);
  return attachAll(created, created.messages[0]!.id, files);
}

export async function sendMessage(thread: ThreadView, bodyHtml: string, files: File[]) {
  const view = await api<ThreadView>('POST', `/api/threads/${thread.id}/messages`, { bodyHtml });
  return attachAll(view, view.messages.at(-1)!.id, files);
}

export const setStatus = (t: ThreadView, status: ThreadStatusInput['status']) =>
  api<ThreadView>('PUT', `/api/threads/${t.id}/status`, { status, version: t.version });
export const assign = (t: ThreadView, assigneeId: string | null) =>
  api<ThreadView>('PUT', `/api/threads/${t.id}/assignee`, { assigneeId, version: t.version });
export const makeTask = (t: ThreadView) =>
  api<ThreadView>('POST', `/api/threads/${t.id}/task`, { dueDate: null, version: t.version });
