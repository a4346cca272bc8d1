/** The session cookie: its name (read by app.ts to find the actor) and how it is set. */
export const SESSION_COOKIE = 'vd_session';

export const sessionCookieOptions = (secure: boolean) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure,
});
