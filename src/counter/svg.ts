/**
 * `<report-counter>` as a standalone SVG: its final state as text, for a static image of the widget.
 */
import type { ChangeParts, ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { hostBackground, readColors } from '../svg/palette.js';
import { element, svgDocument } from '../svg/svg.js';
import { BOLD, escapeXml, textWidth, wrapText } from '../svg/text.js';
import { LIGHT } from '../tokens.js';
import { COUNTER_COLORS } from './colors.js';
import { changePieces } from './text.js';

/** What the counter shows, as the SVG needs it. */
export interface CounterSVGModel {
  readonly label: string;
  readonly finalNumber: string;
  readonly style: { readonly unitText: string; readonly spaced: boolean };
  readonly qualifiers: { readonly before: string; readonly after: string };
  readonly change: ChangeParts | undefined;
  readonly rank: string;
  readonly sentence: string;
  readonly quote: { readonly text: string } | undefined;
}

/** Colours (any CSS colour) for the exported image. */
export interface CounterPalette {
  readonly ink: string;
  readonly muted: string;
  readonly number: string;
  /** The change when it is a rise (红涨 by default), a fall (绿跌); no change is muted. */
  readonly rise: string;
  readonly fall: string;
  /** Painted behind everything when set. */
  readonly background?: string | undefined;
}

export { COUNTER_COLORS };

/** The light theme's counter. */
export const LIGHT_COUNTER_PALETTE: CounterPalette = {
  ink: LIGHT.ink,
  muted: LIGHT.muted,
  number: LIGHT.accent,
  rise: LIGHT.rise,
  fall: LIGHT.fall,
};

/** The colours in force on a counter (its theme and page overrides), for its export. */
export function counterPalette(host: Element): CounterPalette {
  const colors = readColors(host.shadowRoot, COUNTER_COLORS, LIGHT_COUNTER_PALETTE);
  return { ...colors, background: hostBackground(host) };
}

/** Writes the SVG document. Every text is escaped; sizes are estimated from the characters. */
export function counterSVG(
  model: CounterSVGModel,
  locale: ReportLocale,
  palette: CounterPalette = LIGHT_COUNTER_PALETTE,
  withQuote = false,
): string {
  const pad = 16;
  const rows: string[] = [];
  let y = pad;
  let width = 0;

  if (model.label) {
    y += 16;
    rows.push(
      element('text', { x: pad, y, 'font-size': 16, fill: palette.muted }, escapeXml(model.label)),
    );
    width = Math.max(width, textWidth(model.label) * 16);
    y += 8;
  }

  // The value line: qualifier, number, unit, qualifier after.
  y += 46;
  const spans: string[] = [];
  let lineWidth = 0;
  const span = (text: string, size: number, attrs: Record<string, string | number>) => {
    if (!text) return;
    spans.push(element('tspan', { 'font-size': size, ...attrs }, escapeXml(text)));
    // Bold faces run about a tenth wider than the estimate for regular text.
    lineWidth += textWidth(text) * size * ('font-weight' in attrs ? BOLD : 1);
  };
  if (model.qualifiers.before) {
    span(`${model.qualifiers.before} `, 16, { fill: palette.muted });
  }
  span(model.finalNumber, 56, { fill: palette.number, 'font-weight': 700 });
  if (model.style.unitText) {
    span(`${model.style.spaced ? ' ' : ''}${model.style.unitText}`, 22, {
      fill: palette.ink,
      'font-weight': 600,
    });
  }
  if (model.qualifiers.after) span(model.qualifiers.after, 16, { fill: palette.muted });
  rows.push(
    element('text', { x: pad, y, style: 'font-variant-numeric: tabular-nums' }, spans.join('')),
  );
  width = Math.max(width, lineWidth);

  const meta: string[] = [];
  let metaWidth = 0;
  if (model.change) {
    const c = model.change;
    const text = changePieces(c)
      .map((piece) => piece.text)
      .join(' ');
    meta.push(
      element(
        'tspan',
        { fill: c.direction === 'flat' ? palette.muted : palette[c.direction], 'font-weight': 600 },
        escapeXml(text),
      ),
    );
    metaWidth += textWidth(text) * 15 * BOLD;
  }
  if (model.rank) {
    const text = `${meta.length ? '   ' : ''}${model.rank}`;
    meta.push(element('tspan', { fill: palette.ink }, escapeXml(text)));
    metaWidth += textWidth(text) * 15;
  }
  if (meta.length) {
    y += 28;
    rows.push(element('text', { x: pad, y, 'font-size': 15 }, meta.join('')));
    width = Math.max(width, metaWidth);
  }

  width = Math.ceil(Math.max(width, withQuote && model.quote ? 288 : 160));
  if (withQuote && model.quote) {
    y += 10;
    const words = messages(locale).common;
    const lines = wrapText(words.labelled(words.fromReport, `“${model.quote.text}”`), width / 13);
    for (const line of lines) {
      y += 19;
      rows.push(
        element('text', { x: pad, y, 'font-size': 13, fill: palette.muted }, escapeXml(line)),
      );
    }
  }

  return svgDocument(rows, width + pad * 2, y + pad, model.sentence, locale, {
    background: palette.background,
  });
}
