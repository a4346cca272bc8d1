import { createTheme } from '@mantine/core';

// Readable for older users on phones: 16 px base text, generous touch targets.
export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' },
  components: {
    Button: { defaultProps: { size: 'sm' } },
  },
});
