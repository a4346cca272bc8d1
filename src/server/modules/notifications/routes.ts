import { z } from 'zod';
import {
  inboxQuery,
  inboxView,
  type NotificationView,
  notificationPreferencesInput,
  notificationPreferencesView,
} from '../../../shared/schemas/notifications';
import { uuidParam } from '../../../shared/schemas/primitives';
import { notFound, orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { routeGroup } from '../../http/route';
import { inbox, type NotificationRow, preferencesOf } from './data';
import { markAllRead, markRead, savePreferences } from './mutations';

const tags = ['notifications'];
const idParams = z.object({ id: uuidParam('Mã thông báo') });
const marked = z.object({ unread: z.number().int() });

const present = (n: NotificationRow): NotificationView => ({
  id: n.id,
  kind: n.kind as NotificationView['kind'],
  title: n.title,
  body: n.body,
  link: n.link,
  read: n.readAt !== null,
  createdAt: n.createdAt.toISOString(),
});

/** Thông báo: each signed-in user's own inbox and preferences (nobody reads another's). */
export async function notificationRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const own = routeGroup(app, { tags, policy: 'authenticated' });
  const unreadOf = async (userId: string) => (await inbox(db, userId, { limit: 1, offset: 0 })).unread;

  own.get(
    '/api/notifications',
    {
      summary: 'Hộp thông báo của tôi (mới nhất trước)',
      querystring: inboxQuery,
      response: { 200: inboxView },
    },
    async ({ req, actor }) => {
      const page = await inbox(db, actor.userId, req.query);
      return { items: page.items.map(present), unread: page.unread, total: page.total };
    },
  );

  own.post(
    '/api/notifications/:id/read',
    { summary: 'Đánh dấu một thông báo đã đọc', params: idParams, response: { 200: marked } },
    async ({ req, actor }) => {
      if (!(await markRead(db, actor.userId, req.params.id))) throw notFound('thông báo');
      return { unread: await unreadOf(actor.userId) };
    },
  );

  own.post(
    '/api/notifications/read-all',
    { summary: 'Đánh dấu tất cả đã đọc', response: { 200: marked } },
    async ({ actor }) => {
      await markAllRead(db, actor.userId);
      return { unread: 0 };
    },
  );

  const prefsView = async (userId: string) => ({
    ...orNotFound(await preferencesOf(db, userId), 'người dùng'),
    smtpConfigured: Boolean(env.SMTP_URL),
  });

  own.get(
    '/api/notifications/preferences',
    { summary: 'Cài đặt nhận thông báo của tôi', response: { 200: notificationPreferencesView } },
    async ({ actor }) => prefsView(actor.userId),
  );

  own.put(
    '/api/notifications/preferences',
    {
      summary: 'Lưu cài đặt nhận thông báo (email, gửi ngay / hằng ngày, loại không nhận)',
      body: notificationPreferencesInput,
      response: { 200: notificationPreferencesView },
    },
    async ({ req, actor }) => {
      await savePreferences(db, actor.userId, req.body);
      return prefsView(actor.userId);
    },
  );
}
