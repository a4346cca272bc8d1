/**
 * zod checks once whether it may compile parsers with `new Function`; under the site's CSP
 * (`script-src 'self'`, server/security-headers.ts) the browser reports that probe as a violation
 * even though zod catches it. `jitless` skips the probe. zod is not in the first load (it comes
 * with the pages that validate forms), so instead of importing it here this sets the config object
 * zod adopts when it loads (`globalThis.__zod_globalConfig`; zod-jitless.test.ts checks that zod
 * still reads it). The server keeps zod's compiled parsers: no CSP applies there.
 */
export function configureZodJitless(): void {
  const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });
}
