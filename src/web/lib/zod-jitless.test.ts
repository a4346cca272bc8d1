import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureZodJitless } from './zod-jitless';

describe('configureZodJitless', () => {
  it('sets the config object zod itself reads, without importing zod in the first load', () => {
    configureZodJitless();
    expect(z.config().jitless).toBe(true);
    expect(z.config()).toBe((globalThis as { __zod_globalConfig?: object }).__zod_globalConfig);
    // and zod still parses objects without compiling them
    expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
  });
});
