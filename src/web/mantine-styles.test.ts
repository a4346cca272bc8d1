import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The web app loads Mantine's styles per component (mantine-first.css on the first screen,
// mantine-rest.css with the signed-in layout) instead of the whole 300 KB stylesheet. This test
// keeps the two lists whole: every component the app imports, and what those build on, has its
// styles in one of them, once, in the order of @mantine/core/styles.css.

const webDir = dirname(fileURLToPath(import.meta.url));
const root = join(webDir, '../..');
const stylesDir = join(root, 'node_modules/@mantine/core/styles');

/** Components whose styles another component needs (Mantine renders them inside it). */
const BUILDS_ON: Record<string, string[]> = {
  Autocomplete: ['Combobox', 'Input'],
  Select: ['Combobox', 'Input'],
  MultiSelect: ['Combobox', 'Input', 'Pill', 'PillsInput'],
  TagsInput: ['Combobox', 'Input', 'Pill', 'PillsInput'],
  NativeSelect: ['Input'],
  TextInput: ['Input'],
  Textarea: ['Input'],
  NumberInput: ['Input'],
  PasswordInput: ['Input', 'ActionIcon'],
  Checkbox: ['InlineInput', 'CheckboxIndicator'],
  Radio: ['InlineInput', 'RadioIndicator'],
  Switch: ['InlineInput'],
  Menu: ['Popover'],
  Tooltip: ['Popover'],
  Modal: ['ModalBase', 'Overlay', 'CloseButton'],
  SegmentedControl: ['FloatingIndicator'],
  Notifications: ['Notification', 'CloseButton', 'Loader'],
  DateInput: ['Popover', 'Input'],
  TimePicker: ['Popover', 'Input', 'Combobox', 'ScrollArea'],
  Card: ['Paper'],
  Anchor: ['Text'],
  Button: ['Loader'],
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function importedComponents(files = walk(webDir)): Set<string> {
  const names = new Set<string>();
  for (const file of files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/(?:core|dates|notifications)'/g))
      for (const part of m[1]!.split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0]!;
        if (/^[A-Z]/.test(name)) names.add(name);
      }
  }
  return names;
}

const listed = (file: string) =>
  [...readFileSync(join(webDir, file), 'utf8').matchAll(/@mantine\/core\/styles\/([\w-]+)\.css/g)].map(
    (m) => m[1]!,
  );

describe('Mantine styles, per component', () => {
  const first = listed('mantine-first.css');
  const rest = listed('mantine-rest.css');

  it('has the styles of every component the app uses, and of what those build on', () => {
    const needed = new Set<string>();
    for (const name of importedComponents()) {
      for (const n of [name, ...(BUILDS_ON[name] ?? [])])
        if (existsSync(join(stylesDir, `${n}.css`))) needed.add(n);
    }
    expect(needed.size).toBeGreaterThan(30);
    const loaded = new Set([...first, ...rest]);
    expect([...needed].filter((n) => !loaded.has(n))).toEqual([]);
  });

  it('puts what the login page and the loading and error states draw in the first-load styles', () => {
    const screens = [
      'features/auth/login-page.tsx',
      'components/page-state.tsx',
      'components/language-switch.tsx',
    ];
    const missing = [...importedComponents(screens.map((f) => join(webDir, f)))]
      .flatMap((name) => [name, ...(BUILDS_ON[name] ?? [])])
      .filter((n) => existsSync(join(stylesDir, `${n}.css`)) && !first.includes(n));
    expect(missing).toEqual([]);
  });

  it('lists each file once, the base first, in the order of @mantine/core/styles.css', () => {
    expect(first.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
    const all = [...first, ...rest];
    expect(new Set(all).size).toBe(all.length);
    const whole = readFileSync(join(root, 'node_modules/@mantine/core/styles.css'), 'utf8');
    const at = (n: string) =>
      whole.indexOf(
        readFileSync(join(stylesDir, `${n}.css`), 'utf8')
          .trim()
          .slice(0, 200),
      );
    for (const list of [first, rest]) {
      const positions = list.map(at);
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});
