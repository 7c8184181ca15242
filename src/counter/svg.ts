/**
 * `<report-counter>` as a standalone SVG: its final state as text, for a static image of the widget.
 */
import type { ChangeParts, ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import {
  attributes,
  element,
  escapeXml,
  estimateWidth,
  SVG_FONT_SANS,
  wrapText,
} from '../svg/svg.js';
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
  /** Colour of the change (rise or fall as shown); default red for a rise, green for a fall. */
  readonly change?: string | undefined;
  /** Painted behind everything when set. */
  readonly background?: string | undefined;
}

export const LIGHT_COUNTER_PALETTE: CounterPalette = {
  ink: '#1b1d21',
  muted: '#5a616b',
  number: '#c8161d',
};

const CHANGE_COLORS = { rise: '#c8161d', fall: '#17803d', flat: '#5a616b' } as const;

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
    width = Math.max(width, estimateWidth(model.label) * 16);
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
    lineWidth += estimateWidth(text) * size * ('font-weight' in attrs ? 1.12 : 1);
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
        { fill: palette.change ?? CHANGE_COLORS[c.direction], 'font-weight': 600 },
        escapeXml(text),
      ),
    );
    metaWidth += estimateWidth(text) * 15 * 1.1;
  }
  if (model.rank) {
    const text = `${meta.length ? '   ' : ''}${model.rank}`;
    meta.push(element('tspan', { fill: palette.ink }, escapeXml(text)));
    metaWidth += estimateWidth(text) * 15;
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

  const w = width + pad * 2;
  const h = Math.ceil(y + pad);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: 'img',
      'aria-label': model.sentence,
      lang: locale,
      'xml:lang': locale,
      'font-family': SVG_FONT_SANS,
    })}>`,
    element('title', {}, escapeXml(model.sentence)),
    palette.background ? element('rect', { width: w, height: h, fill: palette.background }) : '',
    ...rows,
    '</svg>',
  ].join('');
}
