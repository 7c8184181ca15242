/**
 * A timeline's texts that its element and its SVG export share: its accessible name with the
 * years it covers, and the figures an event names as "label value" lines.
 */
import type { Dataset, Figure, ReportEvent } from '../data/schema.js';
import { formatQuantity, pickText, qualify, type ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { timelineWords } from '../i18n/timeline.js';
import type { TimelineModel } from './model.js';

/** 时间线（2019至2020年）/ Timeline, 2019–2020; without years, 时间线 / Timeline. */
export function timelineName(model: TimelineModel | undefined, locale: ReportLocale): string {
  const text = timelineWords(locale);
  const first = model?.years[0];
  const last = model?.years.at(-1);
  return first && last ? text.named(text.span(first.label, last.label)) : text.label;
}

/** The figures an event refers to, as "label value" lines (only with its dataset). */
export function eventFigures(
  event: ReportEvent,
  dataset: Dataset | undefined,
  locale: ReportLocale,
): string[] {
  if (!dataset || !event.figures?.length) return [];
  return event.figures.flatMap((id) => {
    const figure = dataset.figures.find((f) => f.id === id);
    return figure ? [figureLine(figure, locale)] : [];
  });
}

function figureLine(figure: Figure, locale: ReportLocale): string {
  const label = pickText(figure.label, locale);
  if (figure.value === undefined || figure.unit === undefined) {
    return figure.honour ? pickText(figure.honour, locale) : label;
  }
  const value = qualify(
    formatQuantity(figure.value, figure.unit, locale),
    figure.qualifiers,
    locale,
  );
  return messages(locale).common.valued(label, value);
}
