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
import { viPreparation } from '../../../shared/i18n/vi-preparation';
import { isClosed } from '../../../shared/rules/tasks';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  myTasksView,
  TASK_KINDS,
  taskInputSchema,
  taskListView,
  taskOwnersView,
  taskStatusSchema,
  tasksFromPlanView,
  taskUpdateSchema,
  taskView,
} from '../../../shared/schemas/preparation';
import { uuidParam } from '../../../shared/schemas/primitives';
import { attachment } from '../../content-disposition';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { answeredWrites, deleteRoute } from '../../http/writes';
import { getConferenceDay, listMilestones } from '../conferences/data';
import { listUnits } from '../units/data';
import { listOwnerCandidates } from './data';
import { buildCalendar, timelineEvents } from './ics';
import { createTask, createTasksFromPlan, deleteTask, setTaskStatus, updateTask } from './mutations';
import { canManageTasks, presentOne, presentTaskList, presentTasks } from './presenters';

const taskParams = confParams.extend({ taskId: uuidParam('Mã công việc') });
const listQuery = z.object({
  kind: z.enum(TASK_KINDS, { error: 'Loại công việc không hợp lệ' }).optional(),
  mine: z.enum(['true', 'false']).optional(),
});

export async function preparationRoutes(app: AppInstance) {
  const { db } = app.deps;
  const base = '/api/conferences/:conferenceId';
  const read = { policy: 'conference.read' as const, tags: ['preparation'] };
  const readRoutes = routeGroup(app, read);
  const manage = { policy: 'task.manage' as const, tags: ['preparation'] };
  const manageRoutes = routeGroup(app, manage);

  readRoutes.get(
    `${base}/tasks`,
    {
      summary: 'Công việc chuẩn bị và danh mục hậu cần',
      params: confParams,
      querystring: listQuery,
      response: { 200: taskListView },
    },
    async ({ req, actor, conf }) => {
      const today = todayInVietnam();
      const day = await getConferenceDay(db, conf);
      return presentTaskList(await presentTasks(db, actor, conf, today), {
        kind: req.query.kind,
        mine: req.query.mine === 'true',
        conferenceDay: day?.start ?? null,
        today,
        canManage: canManageTasks(actor, conf),
      });
    },
  );

  readRoutes.get(
    `${base}/tasks/mine`,
    { summary: 'Việc của tôi (chưa xong)', params: confParams, response: { 200: myTasksView } },
    async ({ actor, conf }) => ({
      items: (await presentTasks(db, actor, conf)).filter((t) => t.mine && !isClosed(t)),
    }),
  );

  manageRoutes.get(
    `${base}/tasks/owners`,
    {
      summary: 'Người có thể phụ trách công việc',
      params: confParams,
      response: { 200: taskOwnersView },
    },
    async ({ conf }) => {
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

  manageRoutes.created(
    `${base}/tasks`,
    {
      summary: 'Thêm công việc',
      params: confParams,
      body: taskInputSchema,
      response: { 201: taskView },
    },
    async ({ req, actor, conf }) => {
      const row = await createTask(db, actor, conf, req.body);
      return await presentOne(db, actor, conf, row.id);
    },
  );

  // an edit of one task answers the task as the list shows it
  const taskWrite = answeredWrites(
    app,
    { ...manage, params: taskParams, response: { 200: taskView } },
    ({ req, actor, conf }) => presentOne(db, actor, conf, req.params.taskId),
  );
  taskWrite(
    'PUT',
    `${base}/tasks/:taskId`,
    'Sửa công việc',
    { body: taskUpdateSchema },
    ({ req, actor, conf }) => updateTask(db, actor, conf, req.params.taskId, req.body),
  );
  // task.manage or the task's owner: setTaskStatus decides, the conference is checked as readable
  taskWrite(
    'PUT',
    `${base}/tasks/:taskId/status`,
    'Cập nhật trạng thái công việc',
    { policy: 'authenticated', conferencePermission: 'conference.read', body: taskStatusSchema },
    ({ req, actor, conf }) => setTaskStatus(db, actor, conf, req.params.taskId, req.body),
  );

  deleteRoute(
    app,
    `${base}/tasks/:taskId`,
    {
      ...manage,
      summary: 'Xóa công việc',
      params: taskParams,
    },
    ({ req, actor, conf }) => deleteTask(db, actor, conf, req.params.taskId, req.query.version),
  );

  manageRoutes.post(
    `${base}/tasks/from-plan`,
    {
      summary: 'Tạo công việc và danh mục hậu cần từ kế hoạch',
      params: confParams,
      response: { 200: tasksFromPlanView },
    },
    async ({ actor, conf }) => createTasksFromPlan(db, actor, conf),
  );

  readRoutes.get(
    `${base}/timeline.ics`,
    {
      summary: 'Lịch tiến độ (ICS)',
      params: confParams,
      response: { 200: fileResponse('Lịch tiến độ', CONTENT_TYPES.ics) },
    },
    async ({ reply, actor, conf }) => {
      const [ms, tasks] = [await listMilestones(db, conf.id), await presentTasks(db, actor, conf)];
      const events = timelineEvents(ms, tasks, (s) => viPreparation.status[s]);
      const body = buildCalendar({ name: conf.plan.name, events, now: new Date() });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', attachment(`Tiến độ - ${conf.plan.name}.ics`))
        .send(body);
    },
  );
}
