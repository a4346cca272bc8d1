// Forged requests (CSRF) on every state-changing API route, in one onRequest hook.
//
// The session cookie is SameSite=Lax, which does not cover another port of the same host or a
// sibling subdomain (both are "same site"). So a write (POST/PUT/PATCH/DELETE under /api) is
// refused unless the browser says it comes from the app itself:
//   (a) an `Origin` header, when present, must be the origin the app is served at
//       (`${req.protocol}://${req.host}`, port included; with trustProxy, X-Forwarded-Proto/Host)
//       or one of ALLOWED_ORIGINS / PUBLIC_URL (a reverse proxy that rewrites Host); `Origin: null`
//       (sandboxed frames, some redirects) is refused → 403;
//   (b) a `Sec-Fetch-Site` header, when present, must be `same-origin` or `none` (typed by the
//       user), unless the Origin is allow-listed → 403;
//   (c) a request with a body must send it as `application/json` or `multipart/form-data`: an HTML
//       form can only send text/plain, urlencoded or multipart, and a cross-site fetch with JSON is
//       preflighted (we answer no CORS) → 415.
// Requests without Origin and Sec-Fetch-Site (curl, scripts, server to server, app.inject in tests)
// pass (a) and (b): only browsers add these headers, and browsers always add Origin to a POST.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from '../env';
import { AppError } from '../errors';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BODY_TYPES = new Set(['application/json', 'multipart/form-data']);
const SAFE_FETCH_SITES = new Set(['same-origin', 'none']);

const refused = () =>
  new AppError(
    'FORBIDDEN',
    'Yêu cầu bị từ chối: thao tác thay đổi dữ liệu chỉ được gửi từ chính trang Vinh Danh (nguồn gửi không hợp lệ)',
  );

const hasBody = (req: FastifyRequest) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** The onRequest hook; `allowedOrigins` are exact origins (`https://host[:port]`) besides the served one. */
export function csrfGuard(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!WRITES.has(req.method) || !req.url.startsWith('/api/')) return;
    const origin = req.headers.origin;
    const listed = origin !== undefined && allowed.has(origin);
    if (origin !== undefined && !listed && origin !== `${req.protocol}://${req.host}`) throw refused();
    const site = req.headers['sec-fetch-site'];
    if (typeof site === 'string' && !listed && !SAFE_FETCH_SITES.has(site)) throw refused();
    if (hasBody(req)) {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!BODY_TYPES.has(type)) {
        return reply.code(415).send({
          error: {
            code: 'BAD_REQUEST',
            message:
              'Định dạng dữ liệu gửi lên không được hỗ trợ: chỉ nhận JSON (application/json) hoặc tệp tải lên (multipart/form-data)',
          },
        });
      }
    }
  };
}

/** The origins besides the served one: ALLOWED_ORIGINS and PUBLIC_URL's. */
export const allowedOrigins = (env: Pick<Env, 'ALLOWED_ORIGINS' | 'PUBLIC_URL'>) => [
  ...env.ALLOWED_ORIGINS,
  ...(env.PUBLIC_URL ? [new URL(env.PUBLIC_URL).origin] : []),
];
