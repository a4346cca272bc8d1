import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { TaskInput, TaskListView, TaskStatus, TaskView } from '../../../shared/schemas/preparation';
import { conferenceCan } from '../../lib/actor';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const preparationPath = {
  tasks: (cid: string) => `/conferences/${cid}/tasks`,
  budget: (cid: string) => `/conferences/${cid}/budget`,
};

export const apiBase = (cid: string) => `/api/conferences/${cid}`;
/** The list; as a prefix, every task query of the conference ("Việc của tôi", the owners). */
export const taskListKey = (cid: string) => ['tasks', cid] as const;
export const myTasksKey = (cid: string) => ['tasks', cid, 'mine'] as const;

export type PreparationRole = { canManageTasks: boolean; canViewBudget: boolean; canManageBudget: boolean };

export function preparationRole(
  me: Me,
  conf: Pick<ConferenceDetail, 'id' | 'organizationId'>,
): PreparationRole {
  const has = conferenceCan(me, conf);
  return {
    canManageTasks: has('task.manage'),
    canViewBudget: has('budget.view'),
    canManageBudget: has('budget.manage'),
  };
}

export function useTaskList(cid: string) {
  return useGet<TaskListView>(taskListKey(cid), `${apiBase(cid)}/tasks`);
}

export function useMyTasks(cid: string) {
  return useGet<{ items: TaskView[] }>(myTasksKey(cid), `${apiBase(cid)}/tasks/mine`);
}

export function useOwnerCandidates(cid: string, enabled: boolean) {
  return useGet<{ users: { id: string; fullName: string }[]; units: { id: string; name: string }[] }>(
    ['tasks', cid, 'owners'],
    `${apiBase(cid)}/tasks/owners`,
    { enabled },
  );
}

/** The writes of the tasks pages (each used through useApiMutation, invalidating `taskListKey`). */
export const taskApi = {
  create: (cid: string, values: TaskInput) => api<TaskView>('POST', `${apiBase(cid)}/tasks`, values),
  update: (cid: string, task: TaskView, values: TaskInput) =>
    api<TaskView>('PUT', `${apiBase(cid)}/tasks/${task.id}`, { ...values, version: task.version }),
  setStatus: (cid: string, task: TaskView, status: TaskStatus) =>
    api<TaskView>('PUT', `${apiBase(cid)}/tasks/${task.id}/status`, { status, version: task.version }),
  remove: (cid: string, task: TaskView) =>
    api<null>('DELETE', `${apiBase(cid)}/tasks/${task.id}?version=${task.version}`),
  fromPlan: (cid: string) =>
    api<{ added: number; existing: number }>('POST', `${apiBase(cid)}/tasks/from-plan`),
};
