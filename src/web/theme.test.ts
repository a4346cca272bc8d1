import { DEFAULT_THEME, luminance, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, localizedTheme, theme } from './theme';

// WCAG 2.1 AA, 1.4.3: text needs 4.5:1 against what is behind it. The theme is where the app's
// colours come from, so the pairs Mantine draws are measured here, for every colour the app uses.

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const WHITE = '#ffffff';
const STRIPE = full.colors.gray[0]; // striped table rows, the login page's background

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const USED = ['red', 'green', 'orange', 'yellow', 'teal', 'cyan', 'lime', 'blue', 'grape', 'gray'];
const shade = (color: string, i: number) => full.colors[color]![i]!;

describe('theme colours meet 4.5:1', () => {
  it.each(USED)('%s: white on filled (shade 8) and on its hover (shade 9)', (color) => {
    expect(full.primaryShade).toEqual(8);
    expect(contrast(WHITE, shade(color, 8))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(WHITE, shade(color, 9))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(USED)('%s: text and links (shade 8) on white and on striped rows', (color) => {
    expect(contrast(shade(color, 8), STRIPE)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(USED)('%s: light badges and alerts (shade 9 on shade 1)', (color) => {
    expect(contrast(shade(color, 9), shade(color, 1))).toBeGreaterThanOrEqual(4.5);
  });

  it('dimmed text is gray.7 (Mantine’s gray.6 is 3.3:1), readable on white and on gray.0', () => {
    const vars = cssVariablesResolver(full);
    expect(vars.light['--mantine-color-dimmed']).toBe('var(--mantine-color-gray-7)');
    expect(contrast(shade('gray', 7), WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(shade('gray', 7), STRIPE)).toBeGreaterThanOrEqual(4.5);
    // The default this replaces fails: the test would catch a return to it.
    expect(contrast(DEFAULT_THEME.colors.gray[6], WHITE)).toBeLessThan(4.5);
  });
});

describe('named icon-only controls', () => {
  it('gives close buttons and the password toggle names in the given language', () => {
    const vi = localizedTheme({ close: 'Đóng', showPassword: 'Hiện mật khẩu' });
    expect(vi.components?.Modal?.defaultProps).toEqual({ closeButtonProps: { 'aria-label': 'Đóng' } });
    expect(vi.components?.Alert?.defaultProps).toEqual({ closeButtonLabel: 'Đóng' });
    expect(vi.components?.PasswordInput?.defaultProps).toEqual({
      visibilityToggleFocusable: true,
      visibilityToggleButtonProps: { 'aria-label': 'Hiện mật khẩu' },
    });
    // The rest of the theme is kept.
    expect(vi.colors?.green?.[8]).toBe(theme.colors?.green?.[8]);
    expect(vi.components?.Button?.defaultProps).toEqual({ size: 'sm' });
  });
});
