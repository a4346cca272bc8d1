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
import { whoAmI } from './me';
import { changePassword, login, logout } from './mutations';
import { presentMe } from './presenters';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';

const tags = ['auth'];

export async function authRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const cookieOptions = sessionCookieOptions(env.COOKIE_SECURE);

  route(
    app,
    'POST',
    '/api/auth/login',
    { policy: 'public', tags, summary: 'Đăng nhập', body: loginBodySchema, response: { 200: sessionView } },
    async ({ req, reply }) => {
      const old = req.cookies[SESSION_COOKIE];
      if (old) await logout(db, old);
      const { token, actor, expiresAt } = await login(
        db,
        { ...req.body, ip: req.ip },
        {
          sessionTtlHours: env.SESSION_TTL_HOURS,
          maxFailures: env.LOGIN_MAX_FAILURES,
          windowMinutes: env.LOGIN_WINDOW_MINUTES,
        },
      );
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
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
