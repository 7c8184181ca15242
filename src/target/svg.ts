/**
 * `<report-gauge>` as a standalone SVG: label, graphic, legend and status in their final state.
 */
import type { ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { hostBackground, mix, readColors } from '../svg/palette.js';
import { element, svgDocument } from '../svg/svg.js';
import { BOLD, escapeXml, textWidth } from '../svg/text.js';
import { LIGHT } from '../tokens.js';
import { GAUGE_COLORS } from './colors.js';
import type { Scene, ShapeRole } from './scene.js';

export interface GaugeSVGModel {
  /** Accessible name and description of the image. */
  readonly name: string;
  readonly valueText: string;
  readonly label: string;
  readonly yearText: string;
  readonly legend: readonly { readonly term: string; readonly text: string }[];
  readonly status: string;
  readonly good: boolean | undefined;
  readonly scene: Scene;
}

/** Colours (any CSS colour) for the exported image. */
export interface GaugePalette {
  readonly ink: string;
  readonly muted: string;
  readonly track: string;
  readonly zone: string;
  readonly band: string;
  readonly fill: string;
  readonly target: string;
  readonly reference: string;
  readonly baselineMark: string;
  /** Colour of the status icon when the status is good news. */
  readonly good: string;
  readonly background?: string | undefined;
}

export { GAUGE_COLORS };

/** The light theme's gauge. */
export const LIGHT_GAUGE_PALETTE: GaugePalette = {
  ink: LIGHT.ink,
  muted: LIGHT.muted,
  track: LIGHT.track,
  zone: mix(LIGHT.highlight, LIGHT.track, 0.28),
  band: mix(LIGHT.highlight, LIGHT.track, 0.62),
  fill: LIGHT.accent,
  target: LIGHT.ink,
  reference: LIGHT.muted,
  baselineMark: LIGHT['accent-ink'],
  good: LIGHT.accent,
};

function paint(role: ShapeRole, p: GaugePalette) {
  switch (role) {
    case 'track':
      return { fill: p.track };
    case 'zone':
      return { fill: p.zone };
    case 'band':
      return { fill: p.band };
    case 'fill':
      return { fill: p.fill };
    case 'target':
      return { fill: 'none', stroke: p.target, 'stroke-width': 2.5, 'stroke-linecap': 'round' };
    case 'reference':
      return { fill: 'none', stroke: p.reference, 'stroke-width': 2.5, 'stroke-linecap': 'round' };
    case 'baseline-mark':
      return { fill: 'none', stroke: p.baselineMark, 'stroke-width': 2 };
    case 'marker-label':
    case 'reading':
      return { fill: p.ink, 'font-weight': 700 };
    default:
      return { fill: p.muted };
  }
}

/** The colours in force on a gauge (its theme and page overrides), for its export. */
export function gaugePalette(host: Element): GaugePalette {
  const colors = readColors(host.shadowRoot, GAUGE_COLORS, LIGHT_GAUGE_PALETTE);
  return { ...colors, background: hostBackground(host) };
}

/** Writes the SVG document. Every text is escaped. */
export function gaugeSVG(
  model: GaugeSVGModel,
  locale: ReportLocale,
  p: GaugePalette = LIGHT_GAUGE_PALETTE,
): string {
  const pad = 16;
  const headerWidth =
    textWidth(model.label) * 16 * BOLD +
    (model.yearText ? textWidth(`  ${model.yearText}`) * 13 : 0);
  const legendWidth = Math.max(
    textWidth(model.status) * 15 * BOLD + 20,
    ...model.legend.map((item) => textWidth(`${item.term}  ${item.text}`) * 14),
  );
  const width = Math.ceil(Math.max(model.scene.width, headerWidth, legendWidth) + pad * 2);
  const rows: string[] = [];
  let y = pad + 16;
  rows.push(
    element(
      'text',
      { x: pad, y, 'font-size': 16, 'font-weight': 700, fill: p.ink },
      escapeXml(model.label) +
        (model.yearText
          ? element(
              'tspan',
              { 'font-size': 13, 'font-weight': 400, fill: p.muted },
              escapeXml(`  ${model.yearText}`),
            )
          : ''),
    ),
  );
  y += 8;
  const shapes = model.scene.shapes.map((shape) =>
    shape.kind === 'path'
      ? element('path', { d: shape.d, ...paint(shape.role, p) })
      : element(
          'text',
          {
            x: shape.x,
            y: shape.y,
            'text-anchor': shape.anchor,
            'font-size': shape.size,
            ...paint(shape.role, p),
          },
          escapeXml(shape.text),
        ),
  );
  rows.push(`<g transform="translate(${pad} ${y})">${shapes.join('')}</g>`);
  y += model.scene.height + 6;
  for (const item of model.legend) {
    y += 20;
    rows.push(
      element(
        'text',
        { x: pad, y, 'font-size': 14, fill: p.ink },
        element('tspan', { fill: p.muted }, escapeXml(`${item.term}  `)) + escapeXml(item.text),
      ),
    );
  }
  y += 26;
  const icon = model.good === true ? '✓ ' : model.good === false ? '○ ' : '– ';
  rows.push(
    element(
      'text',
      { x: pad, y, 'font-size': 15, 'font-weight': 700, fill: p.ink },
      element('tspan', { fill: model.good === true ? p.good : p.muted }, icon) +
        escapeXml(model.status),
    ),
  );
  const description = messages(locale).common.labelled(model.name, model.valueText);
  return svgDocument(rows, width, y + pad, description, locale, { background: p.background });
}
