import type { AppInstance } from '../http/app-types';

/** The public comment form's body: application/x-www-form-urlencoded, at most 16 KB (the /api guard refuses this type for every API write). */
export const FORM_BODY_LIMIT = 16 * 1024;

export function acceptFormBodies(app: AppInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
}
