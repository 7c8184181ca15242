/**
 * The colours and fonts a standalone SVG export is drawn with.
 *
 * An exported file cannot follow custom properties, so an element resolves the colours in force
 * to plain values at export time — its theme (light, dark, plenary), a host page's own
 * `--report-color-*`, and its own custom properties (`--gauge-fill-color` …) — and falls back to
 * the light theme of the token table when it is not on a page.
 */
import { FONTS, LIGHT } from '../tokens.js';

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

/** The light theme (`src/tokens.ts`). */
export const LIGHT_PALETTE: SvgPalette = {
  surface: LIGHT.surface,
  raised: LIGHT.raised,
  ink: LIGHT.ink,
  muted: LIGHT.muted,
  rule: LIGHT.rule,
  accent: LIGHT.accent,
  accentInk: LIGHT['accent-ink'],
  highlight: LIGHT.highlight,
  track: LIGHT.track,
  sans: FONTS.sans,
  serif: FONTS.serif,
};

const COLOR_TOKENS = {
  surface: 'var(--_surface)',
  raised: 'var(--_raised)',
  ink: 'var(--_ink)',
  muted: 'var(--_muted)',
  rule: 'var(--_rule)',
  accent: 'var(--_accent)',
  accentInk: 'var(--_accent-ink)',
  highlight: 'var(--_highlight)',
  track: 'var(--_track)',
} as const;

/**
 * Resolves CSS colour values (`var(--gauge-fill-color, var(--_accent))`) to plain colours as
 * they stand inside a rendered shadow root, by reading the computed colour of a short-lived
 * probe; `fallback` when the root is not in a document.
 */
export function readColors<K extends string>(
  root: ShadowRoot | null | undefined,
  colors: Readonly<Record<K, string>>,
  fallback: Readonly<Record<NoInfer<K>, string>>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(colors) as K[]) out[key] = fallback[key];
  withProbe(root, (probe) => {
    for (const key of Object.keys(colors) as K[]) {
      probe.style.color = '';
      probe.style.color = colors[key];
      out[key] = getComputedStyle(probe).color || fallback[key];
    }
  });
  return out;
}

/** The theme's colours and fonts in force inside a rendered shadow root (light when not on a page). */
export function readPalette(root: ShadowRoot | null | undefined): SvgPalette {
  const colors = readColors(root, COLOR_TOKENS, LIGHT_PALETTE);
  let fonts = { sans: LIGHT_PALETTE.sans, serif: LIGHT_PALETTE.serif };
  withProbe(root, (probe) => {
    probe.style.fontFamily = 'var(--_font-sans)';
    const sans = getComputedStyle(probe).fontFamily || LIGHT_PALETTE.sans;
    probe.style.fontFamily = 'var(--_font-serif)';
    fonts = { sans, serif: getComputedStyle(probe).fontFamily || LIGHT_PALETTE.serif };
  });
  return { ...colors, ...fonts };
}

/** The background a host paints (a theme's surface), or undefined when it is transparent. */
export function hostBackground(host: Element): string | undefined {
  if (!host.isConnected || typeof getComputedStyle !== 'function') return undefined;
  const background = getComputedStyle(host).backgroundColor;
  return /rgba\(.*,\s*0\)|transparent/.test(background) ? undefined : background;
}

function withProbe(root: ShadowRoot | null | undefined, read: (probe: HTMLElement) => void): void {
  if (!root?.host.isConnected || typeof getComputedStyle !== 'function') return;
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;';
  root.append(probe);
  try {
    read(probe);
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
