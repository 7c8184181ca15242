/**
 * A standalone SVG of a timeline (for channels that run no scripts, and for print): the axis
 * with every event at its period, leader lines, and a card per event. Colours are plain values
 * (resolved from the theme by the element); every piece of text is escaped.
 */
import type { ReportLocale } from '../format/format.js';
import { timelineWords } from '../i18n/timeline.js';
import { LIGHT_PALETTE, mix, type SvgPalette } from '../svg/palette.js';

/** The colours in force on an element, for its export. */
export { readPalette } from '../svg/palette.js';
import { BOLD, blockHeight, escapeXml, round, svgText, wrapText } from '../svg/text.js';
import { svgDocument } from '../svg/svg.js';
import type { TimelineModel } from './model.js';

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
/** Up to this many events get a column each; more stand in year columns. */
const MAX_COLUMNS = 8;
const LANE = 22;
const LEADER = 44;

export function timelineSVG(model: TimelineModel | undefined, options: TimelineSvgOptions): string {
  const p = options.palette ?? LIGHT_PALETTE;
  const text = timelineWords(options.locale);
  const n = model?.items.length ?? 0;
  const columns = Math.min(n, MAX_COLUMNS);
  const width = Math.max(
    options.width ?? 1200,
    PAD * 2 + columns * MIN_CARD + Math.max(0, columns - 1) * GAP,
  );
  const inner = width - PAD * 2;
  const out: string[] = [];
  let y = PAD;

  const caption = wrapText(options.label, inner / 15 / BOLD);
  out.push(svgText({ lines: caption, x: PAD, y: y + 15, size: 15, fill: p.muted, weight: 600 }));
  y += blockHeight(caption.length, 15) + 16;

  if (!model || n === 0 || options.message) {
    const lines = (options.message ?? text.empty)
      .split('\n')
      .flatMap((line) => wrapText(line, inner / 15));
    out.push(svgText({ lines, x: PAD, y: y + 15, size: 15, fill: p.ink }));
    y += blockHeight(lines.length, 15) + PAD;
    return svgDocument(out, width, y, options.label, options.locale, {
      sans: p.sans,
      background: p.surface,
    });
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
    // A narrow band (many years) shortens its label rather than let it run into the next.
    const lines = wrapText(label, (x(year.x1) - x(year.x0) - 16) / 15 / BOLD, 1);
    out.push(
      svgText({
        lines,
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

  // One column per event (with leaders to its mark) while they fit; else year columns.
  const perEvent = n <= MAX_COLUMNS;
  const fieldTop = y;
  const fieldH = model.lanes * LANE + (perEvent ? LEADER : 10);
  const columnW = (inner - (n - 1) * GAP) / n;
  const cardPad = 14;

  // Where each card stands: per event, or in a grid inside its year's band.
  const yearCols = new Map<
    number,
    { left: number; width: number; perRow: number; cardW: number }
  >();
  for (const year of model.years) {
    const left = x(year.x0) + GAP / 2;
    const width = x(year.x1) - x(year.x0) - GAP;
    const perRow = Math.max(1, Math.floor((width + GAP) / (MIN_CARD + GAP)));
    yearCols.set(year.year, { left, width, perRow, cardW: (width - (perRow - 1) * GAP) / perRow });
  }
  const slots = model.items.map((item) => {
    if (perEvent) return { left: PAD + item.index * (columnW + GAP), width: columnW, row: 0 };
    const col = yearCols.get(item.year);
    const group = model.groups.find((g) => g.year === item.year);
    const k = group ? group.items.indexOf(item) : 0;
    if (!col) return { left: PAD, width: columnW, row: 0 };
    return {
      left: col.left + (k % col.perRow) * (col.cardW + GAP),
      width: col.cardW,
      row: Math.floor(k / col.perRow),
    };
  });

  const leaders: string[] = [];
  const markers: string[] = [];
  let hatch = false;
  if (perEvent) {
    for (const item of model.items) {
      const slot = slots[item.index];
      if (!slot) continue;
      const cy = fieldTop + item.lane * LANE + LANE / 2;
      const mx = x((item.x0 + item.x1) / 2);
      const cx = slot.left + slot.width / 2;
      const bottom = fieldTop + fieldH;
      const on = highlighted.has(item.id);
      leaders.push(
        `<path d="M${round(mx)} ${round(cy)} C${round(mx)} ${round(cy + (bottom - cy) * 0.6)} ${round(cx)} ${round(bottom - (bottom - cy) * 0.5)} ${round(cx)} ${round(bottom)}" fill="none" stroke="${escapeXml(on ? p.accent : p.rule)}" stroke-width="${on ? 2.5 : 1.5}"/>`,
      );
    }
  }
  for (const mark of model.marks) {
    const on = !anyHighlight || mark.ids.some((id) => highlighted.has(id));
    const color = on ? p.accent : p.muted;
    const cy = fieldTop + mark.lane * LANE + LANE / 2;
    const mx = x((mark.x0 + mark.x1) / 2);
    if (mark.precision === 'day') {
      markers.push(
        mark.inferred
          ? `<circle cx="${round(mx)}" cy="${round(cy)}" r="6" fill="${escapeXml(p.surface)}" stroke="${escapeXml(color)}" stroke-width="3"/>`
          : `<circle cx="${round(mx)}" cy="${round(cy)}" r="7" fill="${escapeXml(color)}"/>`,
      );
    } else {
      hatch ||= mark.inferred;
      const x0 = x(mark.x0) + 2;
      const w = Math.max(4, x(mark.x1) - x(mark.x0) - 4);
      markers.push(
        `<rect x="${round(x0)}" y="${round(cy - 5)}" width="${round(w)}" height="10" rx="5" fill="${mark.inferred ? `url(#hatch-${on ? 'on' : 'off'})` : escapeXml(color)}" stroke="${escapeXml(color)}" stroke-width="1"/>`,
      );
    }
  }
  out.push(...leaders, ...markers);
  y = fieldTop + fieldH;

  // Cards: date (with the inferred mark) and title; the cards of a row share its height.
  const cards = model.items.map((item) => {
    const slot = slots[item.index] ?? { left: PAD, width: columnW, row: 0 };
    return {
      item,
      slot,
      date: wrapText(
        item.event.when.inferred ? `${item.dateText} (${text.inferred})` : item.dateText,
        (slot.width - cardPad * 2) / 13,
        2,
      ),
      title: wrapText(item.title, (slot.width - cardPad * 2) / 17 / BOLD, 6),
    };
  });
  const rowHeights: number[] = [];
  for (const c of cards) {
    const h = cardPad * 2 + blockHeight(c.date.length, 13) + 10 + blockHeight(c.title.length, 17);
    rowHeights[c.slot.row] = Math.max(rowHeights[c.slot.row] ?? 0, h);
  }
  const rowTop = (row: number) => y + rowHeights.slice(0, row).reduce((sum, h) => sum + h + GAP, 0);
  for (const { item, slot, date, title } of cards) {
    const on = highlighted.has(item.id);
    const top = rowTop(slot.row);
    const height = rowHeights[slot.row] ?? 0;
    out.push(
      `<rect x="${round(slot.left)}" y="${round(top)}" width="${round(slot.width)}" height="${round(height)}" rx="6" fill="${escapeXml(anyHighlight && !on ? p.surface : p.raised)}" stroke="${escapeXml(on ? p.accent : p.rule)}" stroke-width="${on ? 2 : 1}"/>`,
    );
    if (on) {
      out.push(
        `<rect x="${round(slot.left)}" y="${round(top)}" width="${round(slot.width)}" height="4" fill="${escapeXml(p.accent)}"/>`,
      );
    }
    out.push(
      svgText({
        lines: date,
        x: slot.left + cardPad,
        y: top + cardPad + 12,
        size: 13,
        fill: p.muted,
      }),
      svgText({
        lines: title,
        x: slot.left + cardPad,
        y: top + cardPad + blockHeight(date.length, 13) + 10 + 15,
        size: 17,
        weight: 650,
        fill: anyHighlight && !on ? p.muted : p.ink,
      }),
    );
  }
  y = rowTop(rowHeights.length) - GAP + PAD;

  const defs = hatch
    ? `<defs>${(['on', 'off'] as const)
        .map(
          (key) =>
            `<pattern id="hatch-${key}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${escapeXml(p.surface)}"/><rect width="3" height="6" fill="${escapeXml(key === 'on' || !anyHighlight ? p.accent : p.muted)}"/></pattern>`,
        )
        .join('')}</defs>`
    : '';
  return svgDocument([defs, ...out], width, y, options.label, options.locale, {
    sans: p.sans,
    background: p.surface,
  });
}
