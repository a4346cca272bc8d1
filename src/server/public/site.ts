// The public site (no login): the landing of "/", the form body parser, and every module's public
// pages on one page cache. Each module's public pages register here (`*-public-routes.ts`).
import { PUBLIC_LANDING } from '../../shared/rules/public-paths';
import type { AppInstance } from '../http/app-types';
import { SESSION_COOKIE } from '../modules/auth/session-cookie';
import { registerHonourBoardPages } from '../modules/honour-board/public-routes';
import { mediaPublicPages } from '../modules/media/public-routes';
import { registerNoticePages } from '../modules/public-notice/public-routes';
import { acceptFormBodies } from './form-body';
import { PageCache } from './page-cache';

export type PublicPagesRegistrar = (app: AppInstance, pages: PageCache) => void | Promise<void>;

const REGISTRARS: PublicPagesRegistrar[] = [registerHonourBoardPages, mediaPublicPages, registerNoticePages];

export async function registerPublicSite(app: AppInstance): Promise<void> {
  acceptFormBodies(app);
  // an anonymous visitor of "/" sees the honour board; a signed-in browser the staff app
  app.addHook('onRequest', async (req, reply) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && (req.url === '/' || req.url.startsWith('/?'))) {
      if (!req.cookies[SESSION_COOKIE]) return reply.redirect(PUBLIC_LANDING, 302);
    }
  });
  const pages = new PageCache(() => app.readGeneration());
  for (const register of REGISTRARS) await register(app, pages);
}
