import type {
  InboxView,
  NotificationPreferencesInput,
  NotificationPreferencesView,
} from '../../../shared/schemas/notifications';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const inboxKey = ['notifications'] as const;
export const prefsKey = ['notifications', 'preferences'] as const;

/** The bell polls every minute and when the window gets the focus back. */
export const BELL_POLL_MS = 60_000;

export const useInbox = (limit: number, opts: { poll?: boolean } = {}) =>
  useGet<InboxView>([...inboxKey, limit], `/api/notifications?limit=${limit}`, {
    refetchInterval: opts.poll ? BELL_POLL_MS : false,
    refetchOnWindowFocus: true,
  });

export const usePreferences = () =>
  useGet<NotificationPreferencesView>(prefsKey, '/api/notifications/preferences');

export const markRead = (id: string) => api<{ unread: number }>('POST', `/api/notifications/${id}/read`);
export const markAllRead = () => api<{ unread: number }>('POST', '/api/notifications/read-all');
export const savePreferences = (input: NotificationPreferencesInput) =>
  api<NotificationPreferencesView>('PUT', '/api/notifications/preferences', input);
