import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { TaskListView, TaskView } from '../../../shared/schemas/preparation';
import { conferenceCan } from '../../lib/actor';
import { apiGet } from '../../lib/api';
import type { ConferenceDetail, Me } from '../../lib/types';

export const preparationPath = {
  tasks: (cid: string) => `/conferences/${cid}/tasks`,
  budget: (cid: string) => `/conferences/${cid}/budget`,
};

export const apiBase = (cid: string) => `/api/conferences/${cid}`;
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
  return useQuery({
    queryKey: taskListKey(cid),
    queryFn: () => apiGet<TaskListView>(`${apiBase(cid)}/tasks`),
  });
}

export function useMyTasks(cid: string) {
  return useQuery({
    queryKey: myTasksKey(cid),
    queryFn: () => apiGet<{ items: TaskView[] }>(`${apiBase(cid)}/tasks/mine`),
  });
}

export function useOwnerCandidates(cid: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', cid, 'owners'],
    queryFn: () =>
      apiGet<{ users: { id: string; fullName: string }[]; units: { id: string; name: string }[] }>(
        `${apiBase(cid)}/tasks/owners`,
      ),
    enabled,
  });
}

export function invalidateTasks(qc: QueryClient, cid: string) {
  void qc.invalidateQueries({ queryKey: taskListKey(cid) });
  void qc.invalidateQueries({ queryKey: ['audit'] });
}
