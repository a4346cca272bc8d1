// The layer rules are lint, not care: a file that breaks one makes the layer check (run by
// `npm test`) fail. Each case writes a small probe file where the rule applies, runs the same
// depcruise command as scripts/test.mjs on it, and removes it again.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './paths';

const root = projectRoot();

function cruise(probePath: string, source: string) {
  const abs = join(root, probePath);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, source);
  try {
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        probePath,
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(abs, { force: true });
  }
}

const probe = (dir: string, name: string) => `${dir}/layer-probe-${process.pid}-${name}.ts`;

describe('layer rules (dependency-cruiser)', { timeout: 60_000 }, () => {
  it('fails when shared/rules imports from the server', () => {
    const r = cruise(
      probe('src/shared/rules', 'a'),
      "import { AppError } from '../../server/errors';\nexport const x = AppError;\n",
    );
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('shared-is-pure');
  });

  it('fails when the web imports from the server', () => {
    const r = cruise(
      probe('src/web/lib', 'b'),
      "import { attachment } from '../../server/content-disposition';\nexport const x = attachment;\n",
    );
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('web-not-server');
  });

  it('fails when a module file other than data/mutations queries the database', () => {
    const r = cruise(
      probe('src/server/modules/units', 'c'),
      "import { units } from '../../db/schema/index';\nexport const x = units;\n",
    );
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('only-data-and-mutations-touch-the-database');
  });

  it("fails when a module imports app.ts or another module's routes", () => {
    const r = cruise(
      probe('src/server/modules/budget', 'd'),
      "import { buildApp } from '../../app';\nimport { unitRoutes } from '../units/routes';\nexport const x = [buildApp, unitRoutes];\n",
    );
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('nobody-imports-app');
    expect(r.out).toContain('routes-export-only-the-plugin');
  });

  it('passes a file that keeps the rules', () => {
    const r = cruise(
      probe('src/shared/rules', 'e'),
      "import { z } from 'zod';\nexport const x = z.string();\n",
    );
    expect(r.out).not.toContain('error');
    expect(r.status).toBe(0);
  });
});
