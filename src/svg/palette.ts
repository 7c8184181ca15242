/**
 * The colours and fonts a standalone SVG export is drawn with.
 *
 * An exported file cannot follow custom properties, so an element resolves its theme tokens to
 * plain colours at export time (light, dark, plenary, or a host page's own `--report-color-*`),
 * and falls back to the light theme when it is not on a page.
 */

export interface SvgPalette {
  readonly surface: string;
  readonly raised: string;
  readonly ink: string;
  readonly muted: string;
  readonly rule: string;
  readonly accent: string;
  readonly accentInk: string;
  readonly highlight: string;
  readonly track: string;
  /** A font-family list for sans-serif text. */
  readonly sans: string;
  /** A font-family list for serif display text. */
  readonly serif: string;
}

/** The light theme's values (`src/theme.ts`). */
export const LIGHT_PALETTE: SvgPalette = {
  surface: '#ffffff',
  raised: '#f5f3ef',
  ink: '#1b1d21',
  muted: '#5a616b',
  rule: '#d9d6d0',
  accent: '#c8161d',
  accentInk: '#ffffff',
  highlight: '#b8860b',
  track: '#ebe7e1',
  sans: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif",
  serif:
    "'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif",
};

const COLOR_TOKENS = {
  surface: '--_surface',
  raised: '--_raised',
  ink: '--_ink',
  muted: '--_muted',
  rule: '--_rule',
  accent: '--_accent',
  accentInk: '--_accent-ink',
  highlight: '--_highlight',
  track: '--_track',
} as const;

/**
 * Resolves the theme tokens in force inside a rendered shadow root to plain colours, by reading
 * the computed colour of a short-lived probe. Returns the light palette when the root is not in a
 * document.
 */
export function readPalette(root: ShadowRoot | null | undefined): SvgPalette {
  if (!root?.host.isConnected || typeof getComputedStyle !== 'function') return LIGHT_PALETTE;
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;';
  root.append(probe);
  try {
    const read = (value: string, fallback: string) => {
      probe.style.color = '';
      probe.style.color = value;
      return getComputedStyle(probe).color || fallback;
    };
    const colors = Object.fromEntries(
      Object.entries(COLOR_TOKENS).map(([key, token]) => [
        key,
        read(`var(${token})`, LIGHT_PALETTE[key as keyof typeof COLOR_TOKENS]),
      ]),
    ) as Record<keyof typeof COLOR_TOKENS, string>;
    probe.style.fontFamily = 'var(--_font-sans)';
    const sans = getComputedStyle(probe).fontFamily || LIGHT_PALETTE.sans;
    probe.style.fontFamily = 'var(--_font-serif)';
    const serif = getComputedStyle(probe).fontFamily || LIGHT_PALETTE.serif;
    return { ...colors, sans, serif };
  } finally {
    probe.remove();
  }
}

/** Mixes two colours given as #rrggbb or rgb(); falls back to the first when unreadable. */
export function mix(a: string, b: string, amount: number): string {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return a;
  const c = ca.map((v, i) => Math.round(v * amount + (cb[i] ?? 0) * (1 - amount)));
  return `rgb(${c.join(', ')})`;
}

function parseColor(color: string): number[] | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (hex) return hex.slice(1, 4).map((h) => parseInt(h, 16));
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}
