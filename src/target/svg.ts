/**
 * `<report-gauge>` as a standalone SVG: label, graphic, legend and status in their final state.
 */
import type { ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { attributes, element, escapeXml, estimateWidth, SVG_FONT_SANS } from '../svg/svg.js';
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

/** Colours (any CSS colour) for the exported image; missing ones fall back to the light theme. */
export interface GaugePalette {
  readonly ink: string;
  readonly muted: string;
  readonly track?: string | undefined;
  readonly zone?: string | undefined;
  readonly band?: string | undefined;
  readonly fill?: string | undefined;
  readonly target?: string | undefined;
  readonly reference?: string | undefined;
  readonly baselineMark?: string | undefined;
  /** Colour of the status icon when the status is good news. */
  readonly good?: string | undefined;
  readonly background?: string | undefined;
}

export const LIGHT_GAUGE_PALETTE: Required<Omit<GaugePalette, 'background'>> = {
  ink: '#1b1d21',
  muted: '#5a616b',
  track: '#ebe7e1',
  zone: '#e6dcc6',
  band: '#d9c089',
  fill: '#c8161d',
  target: '#1b1d21',
  reference: '#5a616b',
  baselineMark: '#ffffff',
  good: '#c8161d',
};

function paint(role: ShapeRole, p: Required<Omit<GaugePalette, 'background'>>) {
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

/** Writes the SVG document. Every text is escaped. */
export function gaugeSVG(
  model: GaugeSVGModel,
  locale: ReportLocale,
  palette?: GaugePalette,
): string {
  const p: Record<keyof typeof LIGHT_GAUGE_PALETTE, string> = { ...LIGHT_GAUGE_PALETTE };
  for (const key of Object.keys(p) as (keyof typeof p)[]) {
    const value = palette?.[key];
    if (value) p[key] = value;
  }
  const pad = 16;
  const headerWidth =
    estimateWidth(model.label) * 16 * 1.1 +
    (model.yearText ? estimateWidth(`  ${model.yearText}`) * 13 : 0);
  const legendWidth = Math.max(
    estimateWidth(model.status) * 15 * 1.1 + 20,
    ...model.legend.map((item) => estimateWidth(`${item.term}  ${item.text}`) * 14),
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
  const height = Math.ceil(y + pad);
  const description = messages(locale).common.labelled(model.name, model.valueText);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': description,
      lang: locale,
      'xml:lang': locale,
      'font-family': SVG_FONT_SANS,
    })}>`,
    element('title', {}, escapeXml(description)),
    palette?.background ? element('rect', { width, height, fill: palette.background }) : '',
    ...rows,
    '</svg>',
  ].join('');
}
