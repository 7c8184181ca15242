/**
 * A standalone SVG of a programme as a building (for channels that run no scripts, and for
 * print): the roof, the pillars in balanced rows, the foundation. Colours are plain values
 * (resolved from the theme by the element); every piece of text is escaped and wrapped.
 */
import type { Programme } from '../data/schema.js';
import { pickText, type ReportLocale } from '../format/format.js';
import { pillarsWords } from '../i18n/pillars.js';
import { LIGHT_PALETTE, type SvgPalette } from '../svg/palette.js';

/** The colours in force on an element, for its export. */
export { readPalette } from '../svg/palette.js';
import { BOLD, blockHeight, escapeXml, round, svgText, textWidth, wrapText } from '../svg/text.js';
import { svgDocument } from '../svg/svg.js';
import { orderedPillars } from './model.js';

export interface PillarsSvgOptions {
  readonly locale: ReportLocale;
  readonly palette?: SvgPalette | undefined;
  /** Width in px. Default 1200. */
  readonly width?: number | undefined;
  /** The open pillar's id, drawn filled. */
  readonly active?: string | undefined;
  /** Shown instead of the building (an error, or nothing to show). */
  readonly message?: string | undefined;
}

const PAD = 24;
const GAP = 14;
const MIN_PILLAR = 150;
const EAVE = 28;

export function pillarsSVG(programme: Programme | undefined, options: PillarsSvgOptions): string {
  const p = options.palette ?? LIGHT_PALETTE;
  const { locale } = options;
  const width = Math.max(options.width ?? 1200, 320);
  const inner = width - PAD * 2;
  const out: string[] = [];
  let y = PAD;

  if (!programme || options.message) {
    const message = options.message ?? pillarsWords(locale).empty;
    const lines = message.split('\n').flatMap((line) => wrapText(line, inner / 15));
    out.push(svgText({ lines, x: PAD, y: y + 15, size: 15, fill: p.ink }));
    y += blockHeight(lines.length, 15) + PAD;
    return svgDocument(out, width, y, message.split('\n')[0] ?? '', locale, {
      sans: p.sans,
      background: p.surface,
    });
  }

  const title = pickText(programme.title, locale);
  const roofText = pickText(programme.roof.text, locale);

  // Title, between two rules.
  const titleLines = wrapText(title, (inner - 120) / 26 / BOLD);
  out.push(
    svgText({
      lines: titleLines,
      x: width / 2,
      y: y + 26,
      size: 26,
      weight: 700,
      anchor: 'middle',
      fill: p.accent,
      family: p.serif,
    }),
  );
  const titleH = blockHeight(titleLines.length, 26);
  // Rules either side of the title, up to a gap before its (estimated) widest line.
  const half = (Math.max(...titleLines.map((line) => textWidth(line))) * 26) / 2 + 20;
  const ruleW = Math.max(0, width / 2 - half - PAD);
  const ruleY = round(y + 26 / 2 + 4);
  if (ruleW > 12) {
    out.push(
      `<rect x="${PAD}" y="${ruleY}" width="${round(ruleW)}" height="1.5" fill="${escapeXml(p.accent)}"/>`,
      `<rect x="${round(width / 2 + half)}" y="${ruleY}" width="${round(ruleW)}" height="1.5" fill="${escapeXml(p.accent)}"/>`,
    );
  }
  y += titleH + 16;

  // The roof: a trapezoid with the overall aim.
  const roofLines = wrapText(roofText, (inner - EAVE * 2 - 32) / 22 / BOLD);
  const roofH = 18 + blockHeight(roofLines.length, 22) + 16;
  out.push(
    `<polygon points="${PAD},${round(y + roofH)} ${PAD + EAVE},${y} ${width - PAD - EAVE},${y} ${width - PAD},${round(y + roofH)}" fill="${escapeXml(p.accent)}"/>`,
    svgText({
      lines: roofLines,
      x: width / 2,
      y: y + 18 + 20,
      size: 22,
      weight: 700,
      anchor: 'middle',
      fill: p.accentInk,
      family: p.serif,
    }),
  );
  y += roofH + 6;
  out.push(
    `<rect x="${PAD + 8}" y="${round(y)}" width="${inner - 16}" height="5" fill="${escapeXml(p.accent)}"/>`,
  );
  y += 5 + 8;

  // Pillars, in one row when they fit, else in balanced rows.
  const pillars = orderedPillars(programme);
  const rowInner = inner - 16;
  const fits = (cols: number) => (rowInner - (cols - 1) * GAP) / cols >= MIN_PILLAR;
  let cols = pillars.length;
  while (cols > 1 && !fits(cols)) cols = Math.ceil(cols / 2);
  const colW = (rowInner - (cols - 1) * GAP) / cols;
  const pad = 14;
  const textW = colW - pad * 2;
  const laid = pillars.map((pillar) => {
    const name = wrapText(pickText(pillar.name, locale), (textW - 44) / 19 / BOLD);
    const driver = wrapText(pickText(pillar.driver, locale), textW / 14);
    const aim = wrapText(pickText(pillar.aim, locale), textW / 14 / BOLD);
    const actions = pillar.actions.map((a) =>
      wrapText(pickText(a.text, locale), (textW - 14) / 14),
    );
    const headH = Math.max(34, blockHeight(name.length, 19));
    const textH =
      (driver.length ? 10 + blockHeight(driver.length, 14) : 0) +
      (aim.length ? 6 + blockHeight(aim.length, 14) : 0);
    const actionsH = actions.length
      ? 22 +
        actions.reduce((sum, lines) => sum + blockHeight(lines.length, 14), 0) +
        (actions.length - 1) * 8
      : 0;
    return {
      pillar,
      name,
      driver,
      aim,
      actions,
      headH,
      height: 6 + pad + headH + textH + actionsH + pad,
    };
  });
  for (let start = 0; start < laid.length; start += cols) {
    const row = laid.slice(start, start + cols);
    const rowH = Math.max(...row.map((l) => l.height));
    const rowW = row.length * colW + (row.length - 1) * GAP;
    let x = PAD + 8 + (rowInner - rowW) / 2;
    for (const l of row) {
      const active = l.pillar.id === options.active;
      const dim = options.active !== undefined && !active;
      const fill = active ? p.accent : dim ? p.surface : p.raised;
      const ink = active ? p.accentInk : p.ink;
      const muted = active ? p.accentInk : p.muted;
      const mark = active ? p.accentInk : dim ? p.rule : p.accent;
      out.push(
        `<rect x="${round(x)}" y="${round(y)}" width="${round(colW)}" height="${round(rowH)}" fill="${escapeXml(fill)}" stroke="${escapeXml(active ? p.accent : p.rule)}"/>`,
        `<rect x="${round(x)}" y="${round(y)}" width="${round(colW)}" height="6" fill="${escapeXml(dim ? p.rule : p.accent)}"/>`,
      );
      let ty = y + 6 + pad;
      const cx = x + pad + 17;
      out.push(
        `<circle cx="${round(cx)}" cy="${round(ty + 17)}" r="16" fill="${escapeXml(active ? p.accentInk : 'none')}" stroke="${escapeXml(mark)}" stroke-width="2"/>`,
        svgText({
          lines: [String(l.pillar.number)],
          x: cx,
          y: ty + 23,
          size: 18,
          weight: 700,
          anchor: 'middle',
          fill: active ? p.accent : dim ? p.muted : p.accent,
          family: p.serif,
        }),
        svgText({
          lines: l.name,
          x: x + pad + 44,
          y: ty + (l.name.length > 1 ? 17 : 23),
          size: 19,
          weight: 700,
          fill: dim ? p.muted : ink,
        }),
      );
      ty += l.headH;
      if (l.driver.length) {
        ty += 10;
        out.push(svgText({ lines: l.driver, x: x + pad, y: ty + 14, size: 14, fill: muted }));
        ty += blockHeight(l.driver.length, 14);
      }
      if (l.aim.length) {
        ty += 6;
        out.push(
          svgText({ lines: l.aim, x: x + pad, y: ty + 14, size: 14, weight: 600, fill: ink }),
        );
        ty += blockHeight(l.aim.length, 14);
      }
      if (l.actions.length && !dim) {
        ty += 10;
        out.push(
          `<line x1="${round(x + pad)}" y1="${round(ty)}" x2="${round(x + colW - pad)}" y2="${round(ty)}" stroke="${escapeXml(active ? p.accentInk : p.rule)}" stroke-dasharray="4 3"/>`,
        );
        ty += 12;
        for (const lines of l.actions) {
          out.push(
            `<rect x="${round(x + pad + 2)}" y="${round(ty + 5)}" width="6" height="6" transform="rotate(45 ${round(x + pad + 5)} ${round(ty + 8)})" fill="${escapeXml(active ? p.accentInk : p.accent)}"/>`,
            svgText({ lines, x: x + pad + 14, y: ty + 13, size: 14, fill: ink }),
          );
          ty += blockHeight(lines.length, 14) + 8;
        }
      }
      x += colW + GAP;
    }
    y += rowH + GAP;
  }

  // The foundation: its title and commitments in columns.
  const foundation = programme.foundation;
  if (foundation) {
    y += 2;
    const titleLines2 = wrapText(pickText(foundation.title, locale), (inner - 40) / 19 / BOLD);
    const commitments = foundation.commitments;
    const k = Math.max(1, Math.min(commitments.length, Math.floor(inner / 220)));
    const cw = (inner - 40 - (k - 1) * GAP) / k;
    const laidC = commitments.map((c) => ({
      title: wrapText(pickText(c.title, locale), cw / 15 / BOLD),
      detail: wrapText(pickText(c.detail, locale), cw / 14),
    }));
    const rows: (typeof laidC)[] = [];
    for (let i = 0; i < laidC.length; i += k) rows.push(laidC.slice(i, i + k));
    const rowHeights = rows.map((row) =>
      Math.max(
        ...row.map(
          (c) =>
            blockHeight(c.title.length, 15) +
            (c.detail.length ? 6 + blockHeight(c.detail.length, 14) : 0),
        ),
      ),
    );
    const titleH2 = blockHeight(titleLines2.length, 19);
    const bodyH = rows.length ? 14 + rowHeights.reduce((a, b) => a + b + 10, 0) : 0;
    const h = 16 + titleH2 + bodyH + 14;
    out.push(
      `<rect x="${PAD + 4}" y="${round(y - 6)}" width="${inner - 8}" height="3" fill="${escapeXml(p.accent)}"/>`,
      `<rect x="${PAD}" y="${round(y)}" width="${inner}" height="${round(h)}" fill="${escapeXml(p.accent)}"/>`,
      svgText({
        lines: titleLines2,
        x: width / 2,
        y: y + 16 + 17,
        size: 19,
        weight: 700,
        anchor: 'middle',
        fill: p.accentInk,
        family: p.serif,
      }),
    );
    let cy = y + 16 + titleH2 + 14;
    rows.forEach((row, r) => {
      const rowW = row.length * cw + (row.length - 1) * GAP;
      let cx = width / 2 - rowW / 2;
      for (const c of row) {
        out.push(
          svgText({
            lines: c.title,
            x: cx + cw / 2,
            y: cy + 15,
            size: 15,
            weight: 700,
            anchor: 'middle',
            fill: p.accentInk,
          }),
        );
        if (c.detail.length) {
          out.push(
            svgText({
              lines: c.detail,
              x: cx + cw / 2,
              y: cy + blockHeight(c.title.length, 15) + 6 + 14,
              size: 14,
              anchor: 'middle',
              fill: p.accentInk,
            }),
          );
        }
        cx += cw + GAP;
      }
      cy += (rowHeights[r] ?? 0) + 10;
    });
    y += h;
  }
  y += PAD;
  const label = `${title}: ${roofText}`;
  return svgDocument(out, width, y, label, locale, { sans: p.sans, background: p.surface });
}
