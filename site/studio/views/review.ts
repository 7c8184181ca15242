/**
 * The review tab: the count always in view (with the legend of the marks and a search), the report
 * text on one side and the items on the other (one column on a phone). Clicking a number in the text
 * selects the item that holds it (or, for an unused number, offers it as a figure); selecting an item
 * scrolls its sentence into view, highlighted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ItemState, MarkedNumber, ReviewCounts } from '../model.js';
import { itemsList, type ItemsView } from './items.js';
import { reportText, type TextLine } from './report-text.js';

/** What the items list shows (less the unused numbers, found here), the text and its counts. */
export interface ReviewView extends Omit<ItemsView, 'unused' | 'on'> {
  readonly text: string;
  readonly lines: readonly TextLine[];
  readonly numbers: readonly MarkedNumber[];
  readonly counts: ReviewCounts;
  /** How many lines and items to draw (the rest follow in the next frames). */
  readonly limit: number;
  readonly on: ItemsView['on'] & {
    readonly search: (query: string) => void;
    readonly acceptAll: () => void;
  };
}

const LEGEND: readonly (ItemState | 'unused')[] = ['accepted', 'review', 'rejected', 'unused'];

/** The count and the legend: kept in view above both panes. */
function countBar(v: ReviewView): TemplateResult {
  const w = v.words;
  return html`<div class="countbar">
    <p class="count" id="review-count">${w.count(v.counts)}</p>
    <ul class="legend" aria-label=${w.legend}>
      ${LEGEND.map(
        (state) =>
          html`<li><mark class="n s-${state}" aria-hidden="true">8</mark> ${w.states[state]}</li>`,
      )}
    </ul>
    <div class="countbar-tools">
      <label class="visually-hidden" for="item-search">${w.search}</label>
      <input
        id="item-search"
        type="search"
        placeholder=${w.search}
        .value=${v.search}
        @input=${(e: Event) => v.on.search((e.target as HTMLInputElement).value)}
      />
      <button
        type="button"
        class="secondary"
        ?disabled=${v.counts.review === 0}
        @click=${v.on.acceptAll}
      >
        ${w.acceptAll}
      </button>
    </div>
  </div>`;
}

/** Which item or unused number a click in the text landed on. */
function onTextClick(v: ReviewView, event: Event): void {
  const mark = (event.target as Element).closest('mark.n');
  if (!mark) return;
  const item = mark.getAttribute('data-item');
  if (item) {
    v.on.select(item, 'list');
    return;
  }
  const start = Number(mark.getAttribute('data-start'));
  const number = v.numbers.find((n) => n.start === start);
  if (number) v.on.makeFigure(number);
}

export function reviewTab(v: ReviewView): TemplateResult {
  const w = v.words;
  const selected = v.items.find((i) => i.key === v.selected);
  const unused = v.numbers.filter((n) => n.state === 'unused');
  return html`${countBar(v)}
    <div class="panes">
      <section class="pane pane-text" aria-labelledby="text-heading">
        <h2 id="text-heading">${w.text}</h2>
        <div
          class="scroll report-text"
          tabindex="0"
          lang="zh-CN"
          @click=${(e: Event) => onTextClick(v, e)}
        >
          ${reportText(v.text, v.lines.slice(0, v.limit), v.numbers, selected?.source, w)}
        </div>
      </section>
      <section class="pane pane-items" aria-labelledby="items-heading">
        <h2 id="items-heading">${w.items}</h2>
        ${v.problem && !v.editing ? html`<p class="error" role="alert">${v.problem}</p>` : nothing}
        <div class="scroll items-scroll">${itemsList({ ...v, unused })}</div>
      </section>
    </div>`;
}

/**
 * Scrolls the selected sentence into view in the report text and the selected item into view in
 * the list (smoothly unless the reader asks for reduced motion); with `reveal` `list`, the item
 * also takes the focus (the keyboard's j and k move through the list).
 */
export function revealSelection(
  root: HTMLElement,
  selected: string | undefined,
  reveal: 'text' | 'list',
): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const into = (container: Element | null, el: Element | null | undefined) => {
    if (!(container instanceof HTMLElement) || !el) return;
    const box = el.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    if (box.top >= frame.top && box.bottom <= frame.bottom) return;
    container.scrollBy({
      top: box.top - frame.top - container.clientHeight / 3,
      behavior: smooth ? 'smooth' : 'auto',
    });
  };
  const text = root.querySelector('.report-text');
  into(text, text?.querySelector('.current'));
  const list = root.querySelector('.items-scroll');
  const row = selected ? root.querySelector(`li[data-key="${CSS.escape(selected)}"]`) : undefined;
  into(list, row);
  if (reveal === 'list')
    row?.querySelector<HTMLElement>('.item-main')?.focus({ preventScroll: true });
}
