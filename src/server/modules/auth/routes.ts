import { changePasswordBodySchema, loginBodySchema } from '../../../shared/schemas/auth';
import { requireActor } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { describeMe } from './data';
import { changePassword, login, logout } from './mutations';

export const SESSION_COOKIE = 'vd_session';

export async function authRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env.COOKIE_SECURE,
  };

  app.post(
    '/api/auth/login',
    {
      config: { policy: 'public' },
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: loginBodySchema },
    },
    async (req, reply) => {
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
      return { user: await describeMe(db, actor) };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { policy: 'public' }, schema: { tags: ['auth'], summary: 'Đăng xuất' } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(db, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { config: { policy: 'authenticated' }, schema: { tags: ['auth'], summary: 'Người dùng hiện tại' } },
    async (req) => ({ user: await describeMe(db, requireActor(req)) }),
  );

  app.post(
    '/api/auth/password',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: changePasswordBodySchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await changePassword(db, actor, { ...req.body, currentToken: req.cookies[SESSION_COOKIE] ?? '' });
      return reply.code(204).send();
    },
  );
}
