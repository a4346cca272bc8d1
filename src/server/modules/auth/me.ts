import type { FastifyRequest } from 'fastify';
import type { MeView } from '../../../shared/schemas/auth';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { loadMeRows } from './data';
import { presentMe } from './presenters';
import { SESSION_COOKIE } from './session-cookie';

/**
 * GET /api/auth/me's answer. Every app load asks it, so it comes from the session → actor cache
 * (app.ts): the first call on a session reads the names once and keeps the answer on the cache
 * entry, which every identity-touching write drops (auth/cached-session.ts). Without a cookie
 * there is nobody: null (an anonymous visit is not an error); a cookie whose session has ended
 * gets the 401 every route gives it, so the web app goes to the login page.
 */
export async function whoAmI(db: Db, req: FastifyRequest): Promise<MeView | null> {
  const entry = req.cachedSession;
  if (!entry) {
    if (req.cookies[SESSION_COOKIE]) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục');
    return null;
  }
  entry.me ??= presentMe(entry.actor, await loadMeRows(db, entry.actor));
  return entry.me;
}
