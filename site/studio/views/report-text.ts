/**
 * The report's text in the review, line by line, every number marked by its state — by colour and
 * by a second cue that does not need colour (underline style and a sign after the number:
 * ✓ accepted, ? to review, ✕ rejected, + unused), with the state also in words for screen readers —
 * and the selected item's sentence highlighted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Range } from '../../../src/data/schema.js';
import type { SiteMessages } from '../../i18n/messages.js';
import type { MarkedNumber } from '../model.js';

type Words = SiteMessages['studio']['review'];

export interface TextLine {
  readonly start: number;
  readonly end: number;
}

/** The text's lines with their offsets (empty lines left out). */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly number?: MarkedNumber | undefined;
  readonly current: boolean;
}

/** A line cut at its numbers and at the edges of the current sentence. */
function pieces(
  line: TextLine,
  numbers: readonly MarkedNumber[],
  current: Range | undefined,
): Piece[] {
  const cuts = new Set([line.start, line.end]);
  const inLine = numbers.filter((n) => n.start >= line.start && n.end <= line.end);
  for (const n of inLine) cuts.add(n.start).add(n.end);
  if (current) {
    if (current.start > line.start && current.start < line.end) cuts.add(current.start);
    if (current.end > line.start && current.end < line.end) cuts.add(current.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? 0;
    out.push({
      start,
      end,
      number: inLine.find((n) => n.start === start),
      current: current !== undefined && start >= current.start && end <= current.end,
    });
  }
  return out;
}

function line(
  text: string,
  l: TextLine,
  numbers: readonly MarkedNumber[],
  current: Range | undefined,
  words: Words,
): TemplateResult {
  return html`<p data-start=${l.start}>
    ${pieces(l, numbers, current).map((p) => {
      const words_ = text.slice(p.start, p.end);
      if (!p.number) return p.current ? html`<span class="current">${words_}</span>` : words_;
      const n = p.number;
      return html`<mark
        class="n s-${n.state}${p.current ? ' current' : ''}"
        data-start=${n.start}
        data-end=${n.end}
        data-item=${n.item ?? nothing}
        >${words_}<span class="visually-hidden">（${words.states[n.state]}）</span></mark
      >`;
    })}
  </p>`;
}

/**
 * The text pane's lines. Lines are redrawn only when their numbers' states or the highlighted
 * sentence change.
 */
export function reportText(
  text: string,
  lines: readonly TextLine[],
  numbers: readonly MarkedNumber[],
  current: Range | undefined,
  words: Words,
): unknown[] {
  return lines.map((l) => {
    const mine = numbers.filter((n) => n.start >= l.start && n.end <= l.end);
    const touched = current && current.start < l.end && l.start < current.end ? current : undefined;
    return guard([text, mine.map((n) => n.state).join(), touched?.start, touched?.end, words], () =>
      line(text, l, mine, touched, words),
    );
  });
}
