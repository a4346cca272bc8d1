import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
  type MantineThemeOverride,
  mergeThemeOverrides,
} from '@mantine/core';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/**
 * Mantine's palette with shades 8 and 9 darkened where the defaults fail WCAG 2.1 AA (4.5:1):
 * shade 8 is the filled background behind white text, the `c="green"` text colour and links
 * (checked on white and on the #f8f9fa of striped rows); shade 9 is the text of light badges and
 * alerts on shade 1 (and the filled hover). Each is the default shade mixed toward black just
 * enough; `theme.test.ts` measures every colour the app uses.
 */
const darker = (name: string, s8: string, s9: string): MantineColorsTuple => {
  const [c0, c1, c2, c3, c4, c5, c6, c7] = DEFAULT_THEME.colors[name] as MantineColorsTuple;
  return [c0, c1, c2, c3, c4, c5, c6, c7, s8, s9];
};

// Readable for older users on phones: 16 px base text, generous touch targets.
export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: 8,
  colors: {
    red: darker('red', '#d52f2f', '#c12828'),
    cyan: darker('cyan', '#0b7c8e', '#0b6f81'),
    teal: darker('teal', '#08805c', '#077252'),
    green: darker('green', '#268037', '#247333'),
    lime: darker('lime', '#4d7e0b', '#46700a'),
    yellow: darker('yellow', '#a35f00', '#9a5000'),
    orange: darker('orange', '#c14a0a', '#b43c0c'),
  },
  defaultRadius: 'md',
  fontFamily: FONT,
  headings: { fontFamily: FONT },
  components: {
    Button: { defaultProps: { size: 'sm' } },
  },
});

/** Secondary ("dimmed") text one shade darker than Mantine's gray.6 (3.3:1 on white): gray.7 is 8:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

/**
 * Names for Mantine's icon-only controls, in the current language, set once for every instance:
 * the × of dialogs, drawers, alerts and notifications, and the password show/hide toggle (which
 * Mantine also keeps out of the Tab order by default: here it is reachable by keyboard).
 */
export function localizedTheme(labels: { close: string; showPassword: string }): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': labels.close };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      Alert: { defaultProps: { closeButtonLabel: labels.close } },
      PasswordInput: {
        defaultProps: {
          visibilityToggleFocusable: true,
          visibilityToggleButtonProps: { 'aria-label': labels.showPassword },
        },
      },
    },
  });
}
