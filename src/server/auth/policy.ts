import type { FastifyRequest } from 'fastify';
import { type Actor, can, type Permission, type Scope } from '../../shared/rules/permissions';
import { AppError, forbidden } from '../errors';

/**
 * Every route declares one policy in `config.policy`:
 * - 'public': no session needed;
 * - 'authenticated': any signed-in user; the handler scopes what it returns to the actor;
 * - a Permission: a signed-in user; the handler checks it against the loaded object with `authorize`.
 * buildApp refuses to register a route without one.
 */
export type RoutePolicy = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /** A write that changes nothing the read caches hold (a ballot cast): it does not clear them. */
    keepsReadCache?: boolean;
    /**
     * A write that cannot change who a signed-in user is or what they may do (no users,
     * sessions, roles, organizations, conferences): the cached session → actor lookups stay.
     */
    keepsActorCache?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục');
  return req.actor;
}

/** Throws 403 unless the actor holds the permission on the object. */
export function authorize(actor: Actor, permission: Permission, scope: Scope): void {
  if (!can(actor, permission, scope)) throw forbidden();
}
