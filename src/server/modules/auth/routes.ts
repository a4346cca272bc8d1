import {
  changePasswordBodySchema,
  loginBodySchema,
  meAnswer,
  sessionView,
} from '../../../shared/schemas/auth';
import type { AppInstance } from '../../http/app-types';
import { noContent } from '../../http/responses';
import { route } from '../../http/route';
import { loadMeRows } from './data';
import { DEVICE_COOKIE, deviceCookieOptions } from './known-device';
import { whoAmI } from './me';
import { changePassword, login, logout } from './mutations';
import { presentMe } from './presenters';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { throttleSettings } from './throttle';

const tags = ['auth'];

export async function authRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const cookieOptions = sessionCookieOptions(env.COOKIE_SECURE);
  const loginSettings = { ...throttleSettings(env), sessionTtlHours: env.SESSION_TTL_HOURS };

  route(
    app,
    'POST',
    '/api/auth/login',
    { policy: 'public', tags, summary: 'Đăng nhập', body: loginBodySchema, response: { 200: sessionView } },
    async ({ req, reply }) => {
      // a failed login throws here and leaves the browser's session alone
      const { token, actor, expiresAt, deviceCookie } = await login(
        db,
        { ...req.body, ip: req.ip, deviceCookie: req.cookies[DEVICE_COOKIE] },
        loginSettings,
      );
      const old = req.cookies[SESSION_COOKIE];
      if (old) await logout(db, old);
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
      reply.setCookie(DEVICE_COOKIE, deviceCookie, deviceCookieOptions(env.COOKIE_SECURE));
      return { user: presentMe(actor, await loadMeRows(db, actor)) };
    },
  );

  route(
    app,
    'POST',
    '/api/auth/logout',
    { policy: 'public', tags, summary: 'Đăng xuất', response: noContent },
    async ({ req, reply }) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(db, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  route(
    app,
    'GET',
    '/api/auth/me',
    { policy: 'public', tags, summary: 'Người dùng hiện tại', response: { 200: meAnswer } },
    async ({ req }) => ({ user: await whoAmI(db, req) }),
  );

  route(
    app,
    'POST',
    '/api/auth/password',
    {
      policy: 'authenticated',
      tags,
      summary: 'Đổi mật khẩu',
      body: changePasswordBodySchema,
      response: noContent,
    },
    async ({ req, reply, actor }) => {
      await changePassword(db, actor, { ...req.body, currentToken: req.cookies[SESSION_COOKIE] ?? '' });
      return reply.code(204).send(null);
    },
  );
}
