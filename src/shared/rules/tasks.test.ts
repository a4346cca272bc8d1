import { describe, expect, it } from 'vitest';
import { addDays, isDueSoon, isOverdue, taskProgress } from './tasks';

describe('tasks', () => {
  it('is overdue only when due before today and still open', () => {
    expect(isOverdue({ dueDate: '2020-03-30', status: 'todo' }, '2020-03-31')).toBe(true);
    expect(isOverdue({ dueDate: '2020-03-30', status: 'in_progress' }, '2020-03-31')).toBe(true);
    expect(isOverdue({ dueDate: '2020-03-31', status: 'todo' }, '2020-03-31')).toBe(false);
    expect(isOverdue({ dueDate: '2020-03-30', status: 'done' }, '2020-03-31')).toBe(false);
    expect(isOverdue({ dueDate: '2020-03-30', status: 'cancelled' }, '2020-03-31')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'todo' }, '2020-03-31')).toBe(false);
  });

  it('is due soon from today through the next days', () => {
    expect(isDueSoon({ dueDate: '2020-03-31', status: 'todo' }, '2020-03-31')).toBe(true);
    expect(isDueSoon({ dueDate: '2020-04-03', status: 'todo' }, '2020-03-31')).toBe(true);
    expect(isDueSoon({ dueDate: '2020-04-04', status: 'todo' }, '2020-03-31')).toBe(false);
    expect(isDueSoon({ dueDate: '2020-04-01', status: 'done' }, '2020-03-31')).toBe(false);
    expect(isDueSoon({ dueDate: '2020-03-30', status: 'todo' }, '2020-03-31')).toBe(false);
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-03-31', -7)).toBe('2020-03-24');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
  });

  it('counts progress without the cancelled ones', () => {
    const p = taskProgress(
      [
        { dueDate: '2020-03-20', status: 'done' },
        { dueDate: '2020-03-20', status: 'todo' },
        { dueDate: '2020-04-20', status: 'in_progress' },
        { dueDate: null, status: 'cancelled' },
      ],
      '2020-03-31',
    );
    expect(p).toEqual({ total: 4, done: 1, cancelled: 1, open: 2, overdue: 1, percent: 33 });
    expect(taskProgress([], '2020-03-31').percent).toBe(100);
  });
});
