// Công việc chuẩn bị: which tasks are overdue or due soon (dates compared in Vietnam's calendar,
// YYYY-MM-DD) and how far the preparation has come.

export type TaskState = { dueDate: string | null; status: string };

const CLOSED = new Set(['done', 'cancelled']);

export const isClosed = (t: Pick<TaskState, 'status'>) => CLOSED.has(t.status);

/** Quá hạn: the due date is before today and the task is neither done nor cancelled. */
export function isOverdue(t: TaskState, today: string): boolean {
  return t.dueDate !== null && t.dueDate < today && !isClosed(t);
}

/** YYYY-MM-DD plus `days` (negative: before). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Sắp đến hạn: still open and due today or within the next `days` days. */
export function isDueSoon(t: TaskState, today: string, days = 3): boolean {
  return t.dueDate !== null && !isClosed(t) && t.dueDate >= today && t.dueDate <= addDays(today, days);
}

export type Progress = {
  total: number;
  done: number;
  cancelled: number;
  open: number;
  overdue: number;
  /** Done out of the tasks not cancelled, in whole percent (100 when nothing is left to do). */
  percent: number;
};

export function taskProgress(tasks: readonly TaskState[], today: string): Progress {
  const done = tasks.filter((t) => t.status === 'done').length;
  const cancelled = tasks.filter((t) => t.status === 'cancelled').length;
  const counted = tasks.length - cancelled;
  return {
    total: tasks.length,
    done,
    cancelled,
    open: counted - done,
    overdue: tasks.filter((t) => isOverdue(t, today)).length,
    percent: counted === 0 ? 100 : Math.floor((done * 100) / counted),
  };
}
