import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { AppInstance } from './app-types';

// The built web app (dist/web) and what a crawler asks for, outside /api.
// - Hashed files under /assets never change: a year, immutable. index.html names them: revalidated
//   on every load (no-cache), so a new build is picked up at once.
// - Every text file has a .br and a .gz twin written at build time (scripts/vite-precompress.ts):
//   @fastify/static sends the best one the browser accepts, with Content-Encoding, and Vary says so.
// - An address of the app (/conferences/…) answers index.html; a missing /assets file a 404, not
//   HTML a browser would try to run as a script.

const IMMUTABLE = 'public, max-age=31536000, immutable';

export const ROBOTS_TXT = 'User-agent: *\nDisallow: /api\nDisallow: /checkin/\n';

function setCacheHeaders(res: { setHeader(name: string, value: string): unknown }, path: string): void {
  res.setHeader('cache-control', path.includes(`${sep}assets${sep}`) ? IMMUTABLE : 'no-cache');
  res.setHeader('vary', 'accept-encoding');
}

export async function registerWebApp(app: AppInstance, webDir: string | null | undefined): Promise<void> {
  app.get('/robots.txt', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(ROBOTS_TXT),
  );
  const hasWeb = !!webDir && existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      // the twins are found next to each file, not served under their own names
      globIgnore: ['**/*.br', '**/*.gz'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: setCacheHeaders,
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && hasWeb && !req.url.startsWith('/api') && !req.url.startsWith('/assets/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu' } });
  });
}
