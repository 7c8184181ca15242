/**
 * A standalone SVG of a timeline (for channels that run no scripts, and for print): the axis
 * with every event at its period, leader lines, and a card per event. Colours are plain values
 * (resolved from the theme by the element); every piece of text is escaped.
 */
import type { ReportLocale } from '../format/format.js';
import { LIGHT_PALETTE, mix, type SvgPalette } from '../svg/palette.js';
import { blockHeight, escapeXml, round, svgDocument, svgText, wrapText } from '../svg/text.js';
import type { TimelineModel } from './model.js';
import { TIMELINE_TEXT } from './text.js';

export interface TimelineSvgOptions {
  readonly locale: ReportLocale;
  readonly palette?: SvgPalette | undefined;
  /** Width in px; grows when the events need more room. Default 1200. */
  readonly width?: number | undefined;
  readonly highlighted?: ReadonlySet<string> | undefined;
  /** The accessible name and caption. */
  readonly label: string;
  /** Shown instead of the timeline (an error, or nothing to show). */
  readonly message?: string | undefined;
}

const PAD = 24;
const GAP = 16;
const MIN_CARD = 150;
const LANE = 22;
const LEADER = 44;

export function timelineSVG(model: TimelineModel | undefined, options: TimelineSvgOptions): string {
  const p = options.palette ?? LIGHT_PALETTE;
  const text = TIMELINE_TEXT[options.locale];
  const lang = options.locale === 'en' ? 'en' : 'zh-CN';
  const n = model?.items.length ?? 0;
  const width = Math.max(options.width ?? 1200, PAD * 2 + n * MIN_CARD + Math.max(0, n - 1) * GAP);
  const inner = width - PAD * 2;
  const out: string[] = [];
  let y = PAD;

  const caption = wrapText(options.label, inner / 15);
  out.push(svgText({ lines: caption, x: PAD, y: y + 15, size: 15, fill: p.muted, weight: 600 }));
  y += blockHeight(caption.length, 15) + 16;

  if (!model || n === 0 || options.message) {
    const lines = (options.message ?? text.empty)
      .split('\n')
      .flatMap((line) => wrapText(line, inner / 15));
    out.push(svgText({ lines, x: PAD, y: y + 15, size: 15, fill: p.ink }));
    y += blockHeight(lines.length, 15) + PAD;
    return svgDocument(out, width, y, options.label, lang, p);
  }

  const highlighted = options.highlighted ?? new Set<string>();
  const anyHighlight = highlighted.size > 0;
  const x = (percent: number) => PAD + (inner * percent) / 100;

  // Year bands, with the phase of each year.
  const bandH = 34;
  for (const year of model.years) {
    const fill = year.phase === 'plans' ? mix(p.accent, p.surface, 0.16) : p.track;
    out.push(
      `<rect x="${round(x(year.x0))}" y="${y}" width="${round(x(year.x1) - x(year.x0) - 1)}" height="${bandH}" fill="${escapeXml(fill)}"/>`,
    );
    const label = year.phase ? `${year.label}  ${text.phase[year.phase]}` : year.label;
    out.push(
      svgText({
        lines: [label],
        x: x(year.x0) + 10,
        y: y + 22,
        size: 15,
        fill: p.ink,
        weight: 700,
      }),
    );
  }
  if (model.turn !== undefined) {
    out.push(
      `<rect x="${round(x(model.turn) - 1.5)}" y="${y - 4}" width="3" height="${bandH + 14}" fill="${escapeXml(p.accent)}"/>`,
    );
  }
  y += bandH;

  // The track, its ticks and month labels.
  out.push(`<rect x="${PAD}" y="${y}" width="${inner}" height="2" fill="${escapeXml(p.rule)}"/>`);
  for (const tick of model.ticks) {
    out.push(
      `<rect x="${round(x(tick.x) - (tick.major ? 1 : 0.5))}" y="${y}" width="${tick.major ? 2 : 1}" height="${tick.major ? 10 : 6}" fill="${escapeXml(p.rule)}"/>`,
    );
    if (tick.label) {
      out.push(
        svgText({
          lines: [tick.label],
          x: x(tick.x),
          y: y + 20,
          size: 12,
          fill: p.muted,
          anchor: 'middle',
        }),
      );
    }
  }
  y += 28;

  // Markers in their lanes, and leader lines to the cards.
  const fieldTop = y;
  const fieldH = model.lanes * LANE + LEADER;
  const columnW = (inner - (n - 1) * GAP) / n;
  const cardX = (i: number) => PAD + i * (columnW + GAP);
  const leaders: string[] = [];
  const markers: string[] = [];
  let hatch = false;
  for (const item of model.items) {
    const on = !anyHighlight || highlighted.has(item.id);
    const color = on ? p.accent : p.muted;
    const cy = fieldTop + item.lane * LANE + LANE / 2;
    const mx = x((item.x0 + item.x1) / 2);
    const cx = cardX(item.index) + columnW / 2;
    const bottom = fieldTop + fieldH;
    leaders.push(
      `<path d="M${round(mx)} ${round(cy)} C${round(mx)} ${round(cy + (bottom - cy) * 0.6)} ${round(cx)} ${round(bottom - (bottom - cy) * 0.5)} ${round(cx)} ${round(bottom)}" fill="none" stroke="${escapeXml(highlighted.has(item.id) ? p.accent : p.rule)}" stroke-width="${highlighted.has(item.id) ? 2.5 : 1.5}"/>`,
    );
    const inferred = item.event.when.inferred;
    if (item.event.when.precision === 'day') {
      markers.push(
        inferred
          ? `<circle cx="${round(mx)}" cy="${round(cy)}" r="6" fill="${escapeXml(p.surface)}" stroke="${escapeXml(color)}" stroke-width="2.5" stroke-dasharray="2 2"/>`
          : `<circle cx="${round(mx)}" cy="${round(cy)}" r="7" fill="${escapeXml(color)}"/>`,
      );
    } else {
      hatch ||= inferred;
      const x0 = x(item.x0) + 2;
      const w = Math.max(4, x(item.x1) - x(item.x0) - 4);
      markers.push(
        `<rect x="${round(x0)}" y="${round(cy - 5)}" width="${round(w)}" height="10" rx="5" fill="${inferred ? `url(#hatch-${on ? 'on' : 'off'})` : escapeXml(color)}" stroke="${escapeXml(color)}" stroke-width="1"/>`,
      );
    }
  }
  out.push(...leaders, ...markers);
  y = fieldTop + fieldH;

  // Cards: date (with the inferred mark), title; all the same height.
  const cardPad = 14;
  const textW = (columnW - cardPad * 2) / 17;
  const cards = model.items.map((item) => ({
    item,
    date: item.event.when.inferred ? `${item.dateText}  (${text.inferred})` : item.dateText,
    title: wrapText(item.title, textW, 6),
  }));
  const cardH = Math.max(
    ...cards.map((c) => cardPad * 2 + 14 + 8 + blockHeight(c.title.length, 17)),
  );
  for (const { item, date, title } of cards) {
    const on = highlighted.has(item.id);
    const left = cardX(item.index);
    out.push(
      `<rect x="${round(left)}" y="${y}" width="${round(columnW)}" height="${round(cardH)}" rx="6" fill="${escapeXml(anyHighlight && !on ? p.surface : p.raised)}" stroke="${escapeXml(on ? p.accent : p.rule)}" stroke-width="${on ? 2 : 1}"/>`,
    );
    if (on) {
      out.push(
        `<rect x="${round(left)}" y="${y}" width="${round(columnW)}" height="4" fill="${escapeXml(p.accent)}"/>`,
      );
    }
    out.push(
      svgText({ lines: [date], x: left + cardPad, y: y + cardPad + 12, size: 13, fill: p.muted }),
    );
    out.push(
      svgText({
        lines: title,
        x: left + cardPad,
        y: y + cardPad + 14 + 8 + 15,
        size: 17,
        weight: 650,
        fill: anyHighlight && !on ? p.muted : p.ink,
      }),
    );
  }
  y += cardH + PAD;

  const defs = hatch
    ? `<defs>${(['on', 'off'] as const)
        .map(
          (key) =>
            `<pattern id="hatch-${key}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${escapeXml(p.surface)}"/><rect width="3" height="6" fill="${escapeXml(key === 'on' || !anyHighlight ? p.accent : p.muted)}"/></pattern>`,
        )
        .join('')}</defs>`
    : '';
  return svgDocument([defs, ...out], width, y, options.label, lang, p);
}
