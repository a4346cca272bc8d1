import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mustStayShared } from './vite-chunks';

const root = resolve(import.meta.dirname, '..');
const at = (path: string) => resolve(root, path);

describe('which shared modules the build may copy into several chunks', () => {
  it.each([
    // a page's notifications.show() must reach the one list the app renders
    ['node_modules/@mantine/notifications/esm/notifications.store.mjs'],
    // React contexts: a provider in one copy is not seen by a consumer of another
    ['src/web/lib/current-org.tsx'],
    ['src/web/features/plan/plan-form-context.ts'],
    ['node_modules/@mantine/core/esm/core/utils/create-safe-context/create-safe-context.mjs'],
    // a module-level `let` (the layout's chunk, fetched once)
    ['src/web/components/require-auth.tsx'],
    // a class: `instanceof ApiError` must hold across pages
    ['src/web/lib/api.ts'],
    // a compiled library's singleton (`var effectCar = createSidecarMedium()`)
    ['node_modules/react-remove-scroll/dist/es2015/medium.js'],
    // a stylesheet copied would load twice
    ['src/web/mantine-rest.css'],
  ])('%s keeps one instance', (path) => {
    expect(mustStayShared(at(path))).toBe(true);
  });

  it.each([
    ['src/web/components/section-card.tsx'],
    ['node_modules/@mantine/core/esm/components/Button/Button.module.mjs'],
    ['node_modules/@mantine/core/esm/components/Badge/Badge.mjs'],
  ])('%s (stateless) may be copied', (path) => {
    expect(mustStayShared(at(path))).toBe(false);
  });
});
