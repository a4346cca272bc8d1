// Công việc chuẩn bị và danh mục hậu cần — HTTP routes. B = /api/conferences/:conferenceId
// Schemas: src/shared/schemas/preparation.ts. Rules: shared/rules/tasks.ts; plan → tasks: from-plan.ts.
//
// method  path                          policy           body / query → answer
// GET     B/tasks                       conference.read  ?kind&mine → TaskList (progress per kind)
// GET     B/tasks/mine                  conference.read  → { items: Task[] } the actor's open tasks (dashboard card)
// GET     B/tasks/owners                task.manage      → { users, units } for the owner pickers
// POST    B/tasks                       task.manage      TaskInput → 201 Task
// PUT     B/tasks/:taskId               task.manage      TaskUpdate (version) → Task; 409 stale
// PUT     B/tasks/:taskId/status        authenticated*   TaskStatusInput (version) → Task; *task.manage or the owner
// DELETE  B/tasks/:taskId               task.manage      ?version → 204; 409 stale
// POST    B/tasks/from-plan             task.manage      → { added, existing } (idempotent)
// GET     B/timeline.ics                conference.read  → text/calendar: milestones + dated tasks, all-day events
import { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import { isClosed, taskProgress } from '../../../shared/rules/tasks';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  TASK_KINDS,
  TASK_STATUS_LABELS,
  type Task,
  taskInputSchema,
  taskStatusSchema,
  taskUpdateSchema,
} from '../../../shared/schemas/preparation';
import { uuidParam } from '../../../shared/schemas/primitives';
import { versionQuerySchema } from '../../../shared/schemas/selection';
import { requireActor } from '../../auth/policy';
import { attachment } from '../../content-disposition';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadConferenceFor } from '../conferences/access';
import { type ConferenceRow, listMilestones } from '../conferences/data';
import { getConferenceDay } from '../delegates/data';
import { listUnits } from '../units/data';
import { getTask, listOwnerCandidates, listTasks } from './data';
import { buildCalendar } from './ics';
import { createTask, createTasksFromPlan, deleteTask, setTaskStatus, updateTask } from './mutations';
import { canManageTasks, presentTask } from './policy';

const taskParams = confParams.extend({ taskId: uuidParam('Mã công việc') });
const listQuery = z.object({
  kind: z.enum(TASK_KINDS, { error: 'Loại công việc không hợp lệ' }).optional(),
  mine: z.enum(['true', 'false']).optional(),
});

export async function presentTasks(db: Db, actor: Actor, conf: ConferenceRow, today = todayInVietnam()) {
  return (await listTasks(db, conf.id)).map((r) => presentTask(r, actor, conf, today));
}

async function presentOne(db: Db, actor: Actor, conf: ConferenceRow, id: string): Promise<Task> {
  const row = await getTask(db, conf.id, id);
  if (!row) throw notFound('công việc');
  return presentTask(row, actor, conf, todayInVietnam());
}

export async function preparationRoutes(app: AppInstance) {
  const { db } = app.deps;
  const tags = ['preparation'];
  const base = '/api/conferences/:conferenceId';

  app.get(
    `${base}/tasks`,
    {
      config: { policy: 'conference.read' },
      schema: {
        tags,
        summary: 'Công việc chuẩn bị và danh mục hậu cần',
        params: confParams,
        querystring: listQuery,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'conference.read');
      const today = todayInVietnam();
      const all = await presentTasks(db, actor, conf, today);
      const items = all.filter(
        (t) => (!req.query.kind || t.kind === req.query.kind) && (req.query.mine !== 'true' || t.mine),
      );
      const day = await getConferenceDay(db, conf);
      return {
        items,
        progress: {
          task: taskProgress(
            all.filter((t) => t.kind === 'task'),
            today,
          ),
          logistics: taskProgress(
            all.filter((t) => t.kind === 'logistics'),
            today,
          ),
        },
        conferenceDay: day?.start ?? null,
        today,
        permissions: { canManage: canManageTasks(actor, conf) },
      };
    },
  );

  app.get(
    `${base}/tasks/mine`,
    {
      config: { policy: 'conference.read' },
      schema: { tags, summary: 'Việc của tôi (chưa xong)', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'conference.read');
      const items = (await presentTasks(db, actor, conf)).filter((t) => t.mine && !isClosed(t));
      return { items };
    },
  );

  app.get(
    `${base}/tasks/owners`,
    {
      config: { policy: 'task.manage' },
      schema: { tags, summary: 'Người có thể phụ trách công việc', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'task.manage');
      const [users, unitRows] = await Promise.all([
        listOwnerCandidates(db, conf.organizationId),
        listUnits(db, conf.organizationId),
      ]);
      return {
        users: users.map((u) => ({ id: u.id, fullName: u.fullName })),
        units: unitRows.map((u) => ({ id: u.id, name: u.name })),
      };
    },
  );

  app.post(
    `${base}/tasks`,
    {
      config: { policy: 'task.manage' },
      schema: { tags, summary: 'Thêm công việc', params: confParams, body: taskInputSchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'task.manage');
      const row = await createTask(db, actor, conf, req.body);
      return reply.code(201).send(await presentOne(db, actor, conf, row.id));
    },
  );

  app.put(
    `${base}/tasks/:taskId`,
    {
      config: { policy: 'task.manage' },
      schema: { tags, summary: 'Sửa công việc', params: taskParams, body: taskUpdateSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'task.manage');
      await updateTask(db, actor, conf, req.params.taskId, req.body);
      return presentOne(db, actor, conf, req.params.taskId);
    },
  );

  app.put(
    `${base}/tasks/:taskId/status`,
    {
      config: { policy: 'authenticated' },
      schema: { tags, summary: 'Cập nhật trạng thái công việc', params: taskParams, body: taskStatusSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'conference.read');
      await setTaskStatus(db, actor, conf, req.params.taskId, req.body);
      return presentOne(db, actor, conf, req.params.taskId);
    },
  );

  app.delete(
    `${base}/tasks/:taskId`,
    {
      config: { policy: 'task.manage' },
      schema: { tags, summary: 'Xóa công việc', params: taskParams, querystring: versionQuerySchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'task.manage');
      await deleteTask(db, actor, conf, req.params.taskId, req.query.version);
      return reply.code(204).send();
    },
  );

  app.post(
    `${base}/tasks/from-plan`,
    {
      config: { policy: 'task.manage' },
      schema: { tags, summary: 'Tạo công việc và danh mục hậu cần từ kế hoạch', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'task.manage');
      return createTasksFromPlan(db, actor, conf);
    },
  );

  app.get(
    `${base}/timeline.ics`,
    {
      config: { policy: 'conference.read' },
      schema: { tags, summary: 'Lịch tiến độ (ICS)', params: confParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'conference.read');
      const [ms, tasks] = [await listMilestones(db, conf.id), await presentTasks(db, actor, conf)];
      const host = 'vinh-danh';
      const events = [
        ...ms.map((m) => ({
          uid: `milestone-${m.id}@${host}`,
          start: m.startDate,
          end: m.endDate,
          summary: `Mốc: ${m.title}`,
          description: m.responsible ? `Thực hiện: ${m.responsible}` : '',
          categories: ['Mốc thời gian'],
        })),
        ...tasks
          .filter((t) => t.dueDate && !t.milestoneId)
          .map((t) => ({
            uid: `task-${t.id}@${host}`,
            start: t.dueDate!,
            summary: `${t.kind === 'logistics' ? 'Hậu cần' : 'Hạn'}: ${t.title}`,
            description: [`Phụ trách: ${t.ownerText}`, `Trạng thái: ${TASK_STATUS_LABELS[t.status]}`, t.notes]
              .filter(Boolean)
              .join('\n'),
            categories: [t.kind === 'logistics' ? 'Hậu cần' : 'Công việc'],
          })),
      ];
      const body = buildCalendar({ name: conf.plan.name, events, now: new Date() });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', attachment(`Tiến độ - ${conf.plan.name}.ics`))
        .send(body);
    },
  );
}
