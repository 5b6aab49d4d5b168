import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

// PORTNET blue. Shade 8 is the primary: white text on it passes WCAG AA contrast.
const portnet: MantineColorsTuple = [
  '#e8f1fb',
  '#cfe0f3',
  '#a0bfe6',
  '#6d9cd9',
  '#447fcd',
  '#2b6cc6',
  '#1c61c3',
  '#0f50ab',
  '#0b3a6e',
  '#072a52',
];

export const theme = createTheme({
  primaryColor: 'portnet',
  primaryShade: 8,
  colors: { portnet },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'always',
  components: {
    Button: { defaultProps: { fw: 600 } },
  },
});

export const SIDEBAR_BG = '#0b2545';

/** Mantine's dimmed grey and error red fail WCAG AA contrast on white and gray.0: darker shades pass. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#6b7280',
    '--mantine-color-error': '#c92a2a',
  },
  dark: {},
});
