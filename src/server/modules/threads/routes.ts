// Phản ánh, kiến nghị — the units' channel to the office.
//
// GET  /api/organizations/:orgId/threads               office: all (filters); unit head: their units'
// GET  /api/organizations/:orgId/threads/link-options  thread.raise → conferences, the unit's nominations, report
// POST /api/organizations/:orgId/threads               thread.raise → open (own unit), notifies the office
// GET  /api/threads/:threadId                          the thread and its whole history
// POST /api/threads/:threadId/messages                 unit: reply · office: answer (notifies the unit's heads)
// POST /api/threads/:threadId/messages/:messageId/attachments   a file on one's own latest message
// GET  /api/threads/:threadId/attachments/:attachmentId          download
// PUT  /api/threads/:threadId/status | assignee        thread.manage, versioned (409)
// POST /api/threads/:threadId/task                     thread.manage → a task of the thread's conference
import type { Actor } from '../../../shared/rules/permissions';
import { sideOf } from '../../../shared/rules/threads';
import {
  threadAssignInput,
  threadInput,
  threadLinkOptionsView,
  threadLinkQuery,
  threadListQuery,
  threadListView,
  threadMessageInput,
  threadStatusInput,
  threadTaskInput,
  threadView,
} from '../../../shared/schemas/threads';
import type { Db } from '../../db/client';
import { AppError, forbidden, orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { fileResponse, sendAttachment } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import { sanitizeSummary } from '../../rich-text';
import { ALLOWED_ATTACHMENTS, checkAttachment, MAX_ATTACHMENT_BYTES } from '../../storage/file-check';
import {
  attachmentParams,
  checkThreadInput,
  loadThread,
  loadThreadForOffice,
  messageParams,
  threadParams,
  threadScope,
} from './access';
import {
  getMessage,
  getThreadAttachment,
  getThreadSummary,
  linkTargets,
  listMessages,
  listThreads,
  threadStaff,
} from './data';
import {
  addMessage,
  addThreadAttachment,
  assignThread,
  openThread,
  setThreadStatus,
  threadToTask,
} from './mutations';
import { presentThread, presentThreadSummary } from './presenters';

const tags = ['threads'];

/** Sanitized like a nomination summary; refused when nothing readable is left. */
function cleanBody(html: string): string {
  const clean = sanitizeSummary(html);
  if (!clean.replace(/<[^>]*>/g, '').trim()) {
    throw new AppError('VALIDATION', 'Nội dung không được để trống', {
      fields: { bodyHtml: 'Nội dung không được để trống' },
    });
  }
  return clean;
}

async function present(db: Db, actor: Actor, threadId: string) {
  const row = orNotFound(await getThreadSummary(db, threadId), 'phản ánh');
  return presentThread(row, await listMessages(db, threadId), actor);
}

export async function threadRoutes(app: AppInstance) {
  const { db, files } = app.deps;
  const org = routeGroup(app, { tags, policy: 'authenticated', params: orgParams, orgPermission: false });
  const one = routeGroup(app, { tags, policy: 'authenticated', params: threadParams });

  org.get(
    '/api/organizations/:orgId/threads',
    {
      summary: 'Danh sách phản ánh, kiến nghị',
      querystring: threadListQuery,
      response: { 200: threadListView },
    },
    async ({ req, actor }) => {
      const { orgId } = req.params;
      const scope = await threadScope(db, actor, orgId);
      const q = req.query;
      const rows = await listThreads(db, {
        organizationId: orgId,
        unitIds: scope.unitIds,
        status: q.status,
        open: q.open === '1',
        unitId: q.unitId,
        assigneeId: q.assigneeId,
        conferenceId: q.conferenceId,
      });
      const now = new Date();
      return {
        items: rows.map((r) => presentThreadSummary(r, now)),
        units: scope.units,
        assignees: scope.office ? await threadStaff(db, orgId) : [],
        permissions: { canRaise: !scope.office || scope.unitIds !== undefined, canManage: scope.office },
      };
    },
  );

  org.get(
    '/api/organizations/:orgId/threads/link-options',
    {
      summary: 'Hội nghị, hồ sơ đề nghị và báo cáo của đơn vị (để gắn vào phản ánh)',
      querystring: threadLinkQuery,
      response: { 200: threadLinkOptionsView },
    },
    async ({ req, actor }) => {
      const { orgId } = req.params;
      const scope = await threadScope(db, actor, orgId);
      if (!scope.units.some((u) => u.id === req.query.unitId)) throw forbidden();
      const { confs, noms, reports } = await linkTargets(db, orgId, req.query.unitId);
      return {
        conferences: confs.map((c) => ({
          id: c.id,
          name: c.name,
          nominations: noms.filter((n) => n.conferenceId === c.id).map((n) => ({ id: n.id, name: n.name })),
          unitReportId: reports.find((r) => r.conferenceId === c.id)?.id ?? null,
        })),
      };
    },
  );

  org.created(
    '/api/organizations/:orgId/threads',
    {
      summary: 'Gửi phản ánh, kiến nghị',
      policy: 'thread.raise',
      body: threadInput,
      response: { 201: threadView },
    },
    async ({ req, actor }) => {
      const { orgId } = req.params;
      const bodyHtml = cleanBody(req.body.bodyHtml);
      const { unitName, ...input } = await checkThreadInput(db, actor, orgId, req.body);
      const { thread } = await openThread(db, { actor, organizationId: orgId, unitName, input, bodyHtml });
      return present(db, actor, thread.id);
    },
  );

  one.get(
    '/api/threads/:threadId',
    { summary: 'Phản ánh và toàn bộ trao đổi', response: { 200: threadView } },
    async ({ req, actor }) => {
      const t = await loadThread(db, actor, req.params.threadId);
      return present(db, actor, t.id);
    },
  );

  one.post(
    '/api/threads/:threadId/messages',
    { summary: 'Trả lời / gửi tiếp phản ánh', body: threadMessageInput, response: { 200: threadView } },
    async ({ req, actor }) => {
      const t = await loadThread(db, actor, req.params.threadId);
      const side = orNotFound(sideOf(actor, t), 'phản ánh');
      await addMessage(db, { actor, thread: t, side, bodyHtml: cleanBody(req.body.bodyHtml) });
      return present(db, actor, t.id);
    },
  );

  one.post(
    '/api/threads/:threadId/messages/:messageId/attachments',
    {
      summary: 'Đính kèm tệp vào tin nhắn (PDF, JPG, PNG, DOCX; tối đa 10 MB)',
      params: messageParams,
      consumes: ['multipart/form-data'],
      response: { 200: threadView },
    },
    async ({ req, actor }) => {
      const t = await loadThread(db, actor, req.params.threadId);
      const view = await present(db, actor, t.id);
      const m = view.messages.find((x) => x.id === req.params.messageId);
      orNotFound(await getMessage(db, t.id, req.params.messageId), 'tin nhắn');
      if (!m?.canAttach) {
        throw new AppError(
          'INVALID_STATE',
          'Chỉ đính kèm được vào tin nhắn mới nhất của mình khi phản ánh chưa đóng',
        );
      }
      const upload = await readUpload(req, MAX_ATTACHMENT_BYTES);
      const mimeType = await checkAttachment(upload.name, upload.bytes);
      const sha256 = await files.put(upload.bytes);
      await addThreadAttachment(db, {
        actor,
        thread: t,
        messageId: m.id,
        file: { fileName: upload.name, mimeType, size: upload.bytes.length, sha256 },
      });
      return present(db, actor, t.id);
    },
  );

  one.get(
    '/api/threads/:threadId/attachments/:attachmentId',
    {
      summary: 'Tải tệp đính kèm của phản ánh',
      params: attachmentParams,
      response: { 200: fileResponse('Tệp đính kèm', ...Object.values(ALLOWED_ATTACHMENTS)) },
    },
    async ({ req, reply, actor }) => {
      const t = await loadThread(db, actor, req.params.threadId);
      const a = orNotFound(await getThreadAttachment(db, t.id, req.params.attachmentId), 'tệp đính kèm');
      return sendAttachment(reply, a, await files.get(a.sha256));
    },
  );

  one.put(
    '/api/threads/:threadId/status',
    {
      summary: 'Đặt trạng thái phản ánh',
      policy: 'thread.manage',
      body: threadStatusInput,
      response: { 200: threadView },
    },
    async ({ req, actor }) => {
      const t = await loadThreadForOffice(db, actor, req.params.threadId);
      await setThreadStatus(db, actor, t, req.body);
      return present(db, actor, t.id);
    },
  );

  one.put(
    '/api/threads/:threadId/assignee',
    {
      summary: 'Giao người xử lý phản ánh',
      policy: 'thread.manage',
      body: threadAssignInput,
      response: { 200: threadView },
    },
    async ({ req, actor }) => {
      const t = await loadThreadForOffice(db, actor, req.params.threadId);
      await assignThread(db, actor, t, req.body);
      return present(db, actor, t.id);
    },
  );

  one.post(
    '/api/threads/:threadId/task',
    {
      summary: 'Chuyển phản ánh thành công việc',
      policy: 'thread.manage',
      body: threadTaskInput,
      response: { 200: threadView },
    },
    async ({ req, actor }) => {
      const t = await loadThreadForOffice(db, actor, req.params.threadId);
      await threadToTask(db, actor, t, req.body);
      return present(db, actor, t.id);
    },
  );
}
