import type { TFunction } from 'i18next';
import type { NextActionKey } from '../../../shared/rules/lifecycle';
import type { NextActionView, TodoItemView } from '../../../shared/schemas/conferences';
import { formatDate } from '../../lib/format';

// The words and the page of each next action and each "việc cần làm tiếp" item: what the server
// derived (shared/rules/lifecycle.ts, next-steps.ts), said in the user's language with a link.

const ACTION_PAGE: Record<NextActionKey, string> = {
  sign_plan: 'plan',
  set_conference_day: '#sec-timeline',
  await_submissions: 'submissions',
  review_nominations: 'nominations',
  hold_meeting: 'review',
  close_ballots: 'review',
  finalize_delegates: 'delegates',
  build_program: 'program',
  finish_logistics: 'tasks',
  issue_decision: 'documents',
  prepare_day: 'delegates',
  checkin: 'reception',
  choose_delegation: 'delegation',
  complete_milestones: '#sec-timeline',
};

export function actionText(t: TFunction, a: NextActionView): string {
  return t(`life.next.${a.key}`, {
    count: a.count ?? 0,
    date: a.date ? formatDate(a.date) : t('life.noDate'),
  });
}

export function actionLink(conferenceId: string, a: NextActionView): string {
  const page = ACTION_PAGE[a.key];
  return page.startsWith('#')
    ? `/conferences/${conferenceId}${page}`
    : `/conferences/${conferenceId}/${page}`;
}

export function todoText(t: TFunction, item: TodoItemView, stage: string): string {
  if (item.kind === 'lifecycle' && item.action) return actionText(t, item.action);
  const text = t(`life.todo.${item.kind}`, {
    count: item.count ?? 0,
    date: item.date ? formatDate(item.date) : t('life.noDate'),
    title: item.title ?? '',
  });
  return item.kind === 'open_conference' ? `${text} (${stage})` : text;
}

export function todoLink(conferenceId: string, item: TodoItemView): string {
  const base = `/conferences/${conferenceId}`;
  switch (item.kind) {
    case 'lifecycle':
      return item.action ? actionLink(conferenceId, item.action) : base;
    case 'unit_submit':
    case 'unit_sent':
    case 'unit_late':
    case 'unit_fix':
      return `${base}/units/${item.unitId}`;
    case 'vote':
      return `${base}/review/meetings/${item.meetingId}/ballots/${item.ballotId}/vote`;
    case 'meeting_ahead':
      return `${base}/review/meetings/${item.meetingId}`;
    case 'checkin_open':
    case 'checkin_soon':
      return `${base}/reception`;
    default:
      return base;
  }
}
