/**
 * The design tokens, once: each colour in the light and dark themes and in the plenary hall, and
 * the font stacks. The theme CSS every element carries (`src/theme.ts`) is written from this table,
 * and so are the colours of a standalone SVG export when it is made away from a page
 * (`src/svg/palette.ts`), so the two cannot drift apart.
 */

/** A colour in the themes: light and dark follow the colour scheme; plenary is its own. */
export interface ColorToken {
  readonly light: string;
  readonly dark: string;
  readonly plenary: string;
}

/** `--report-color-<name>` on a page, `--_<name>` inside an element. */
export const COLORS = {
  ink: { light: '#1b1d21', dark: '#eef0f3', plenary: '#fff6e0' },
  muted: { light: '#5a616b', dark: '#a9b1bc', plenary: '#f3d9a4' },
  surface: { light: '#ffffff', dark: '#16191d', plenary: '#a3080c' },
  raised: { light: '#f5f3ef', dark: '#22262c', plenary: '#b81419' },
  rule: { light: '#d9d6d0', dark: '#3a4048', plenary: '#d8484a' },
  accent: { light: '#c8161d', dark: '#ff6a5f', plenary: '#ffd25e' },
  'accent-ink': { light: '#ffffff', dark: '#16191d', plenary: '#7a0508' },
  highlight: { light: '#b8860b', dark: '#f2c14e', plenary: '#ffe9a8' },
  rise: { light: '#c8161d', dark: '#ff6a5f', plenary: '#ffd25e' },
  fall: { light: '#17803d', dark: '#5ccf86', plenary: '#b6f0c8' },
  track: { light: '#ebe7e1', dark: '#2c3138', plenary: '#7d0609' },
  error: { light: '#a4161a', dark: '#ff8a80', plenary: '#ffe3e3' },
  focus: { light: '#1a5fb4', dark: '#8ab4f8', plenary: '#ffffff' },
} as const satisfies Record<string, ColorToken>;

export type ColorName = keyof typeof COLORS;

/** `--report-font-<name>`: system faces first, then the common CJK faces of each platform. */
export const FONTS = {
  sans: [
    'system-ui',
    '-apple-system',
    "'Segoe UI'",
    "'Noto Sans CJK SC'",
    "'Noto Sans SC'",
    "'PingFang SC'",
    "'Hiragino Sans GB'",
    "'Microsoft YaHei'",
    'sans-serif',
  ].join(', '),
  serif: [
    "'Noto Serif CJK SC'",
    "'Noto Serif SC'",
    "'Source Han Serif SC'",
    "'Songti SC'",
    "'SimSun'",
    'serif',
  ].join(', '),
} as const;

/** The light theme's colours by name: what an export uses away from a page. */
export const LIGHT = Object.fromEntries(
  Object.entries(COLORS).map(([name, token]) => [name, token.light]),
) as Record<ColorName, string>;
