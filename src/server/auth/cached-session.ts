import type { Actor } from '../../shared/rules/permissions';
import type { MeView } from '../../shared/schemas/auth';

/**
 * One entry of the session → actor cache (app.ts): whose the cookie is and until when, and, once
 * GET /api/auth/me has been asked on it, that answer. The answer goes with the entry: any write
 * that may touch identities (users, roles, organization and unit names; see keepsActorCache), the
 * cache's time limit on PostgreSQL, and the session's own expiry all drop both at once.
 */
export type CachedSession = { actor: Actor; expiresAt: number; me?: MeView };

declare module 'fastify' {
  interface FastifyRequest {
    /** The cache entry behind `actor` (null without a valid session). */
    cachedSession: CachedSession | null;
  }
}
