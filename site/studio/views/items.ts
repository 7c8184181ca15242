/**
 * The review's item list: items grouped by kind, each with its state (an icon and a word, not colour
 * alone), its label and reading, the extractor's review flag, and its actions — accept, reject,
 * edit (label zh/en and id; the value shown read-only with the reason) — and the numbers of the
 * text no item holds, each offered as a new figure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Dataset } from '../../../src/data/schema.js';
import { pickText, type ReportLocale } from '../../../src/format/format.js';
import { itemWords } from '../../../src/story/references.js';
import type { SiteMessages } from '../../i18n/messages.js';
import type { IdProblem, ItemState, MarkedNumber, ReviewItem } from '../model.js';
import type { ItemKind } from '../project.js';

type Words = SiteMessages['studio']['review'];

export const STATE_ICONS: Readonly<Record<ItemState | 'unused', string>> = {
  accepted: '✓',
  review: '?',
  rejected: '✕',
  unused: '+',
};

const KINDS: readonly ItemKind[] = ['figure', 'target', 'event', 'programme'];

export interface ItemsView {
  readonly items: readonly ReviewItem[];
  /** How many items to draw. */
  readonly limit: number;
  /** Every item as the extractor wrote it (ids as written): for the readings. */
  readonly draft: Dataset;
  readonly unused: readonly MarkedNumber[];
  readonly selected: string | undefined;
  readonly editing: string | undefined;
  readonly search: string;
  readonly problem: string;
  readonly ui: ReportLocale;
  readonly words: Words;
  readonly on: {
    /** Selects an item; `list` also moves focus to it (a pick made in the text). */
    readonly select: (key: string, reveal?: 'text' | 'list') => void;
    readonly decide: (key: string, state: ItemState) => void;
    readonly edit: (key: string | undefined) => void;
    readonly save: (key: string, form: HTMLFormElement) => void;
    readonly removeAdded: (key: string) => void;
    readonly makeFigure: (n: MarkedNumber) => void;
  };
}

/** The item's reading without its label: 预计440亿元，同比增长6.5%. */
function reading(v: ItemsView, item: ReviewItem): string {
  const all = itemWords(v.draft, item.originalId, v.ui) ?? '';
  const label = pickText(
    item.figure?.label ?? item.target?.label ?? item.event?.title ?? item.label,
    v.ui,
  );
  return all.startsWith(label) ? all.slice(label.length).replace(/^[：:\s]+/, '') : all;
}

export function idProblemText(words: Words, problem: IdProblem | 'label-empty'): string {
  if (problem === 'label-empty') return words.labelEmpty;
  switch (problem.problem) {
    case 'empty':
      return words.idProblems.empty;
    case 'pattern':
      return words.idProblems.pattern;
    case 'length':
      return words.idProblems.length;
    case 'taken':
      return words.idProblems.taken(problem.by.replace(/^[a-z]+:/, ''));
  }
}

/** Whether an item matches the search (label, id, reading, sentence). */
export function matches(item: ReviewItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [item.label.zh, item.label.en ?? '', item.id, item.source.quote].some((t) =>
    t.toLowerCase().includes(q),
  );
}

function editForm(v: ItemsView, item: ReviewItem): TemplateResult {
  const w = v.words;
  const id = `edit-${item.key.replace(/[^a-z0-9-]/g, '-')}`;
  const value = item.figure ? reading(v, item) : item.target ? reading(v, item) : '';
  return html`<form
    class="edit"
    aria-label=${`${w.edit}: ${item.label.zh}`}
    @submit=${(e: Event) => {
      e.preventDefault();
      v.on.save(item.key, e.currentTarget as HTMLFormElement);
    }}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        v.on.edit(undefined);
      }
    }}
  >
    <label for="${id}-zh">${w.labelZh}</label>
    <input id="${id}-zh" name="zh" lang="zh-CN" required .value=${item.label.zh} />
    <label for="${id}-en">${w.labelEn}</label>
    <input id="${id}-en" name="en" lang="en" .value=${item.label.en ?? ''} />
    <label for="${id}-id">${w.id}</label>
    <input
      id="${id}-id"
      name="id"
      spellcheck="false"
      autocapitalize="off"
      aria-describedby=${v.problem ? `${id}-problem` : nothing}
      .value=${item.id}
    />
    ${
      value
        ? html`<label for="${id}-value">${w.value}</label>
            <input id="${id}-value" readonly aria-describedby="${id}-why" .value=${value} />
            <p class="hint" id="${id}-why">${w.valueReadOnly}</p>`
        : nothing
    }
    ${v.problem ? html`<p class="error" id="${id}-problem" role="alert">${v.problem}</p>` : nothing}
    <div class="buttons">
      <button type="submit" class="primary">${w.save}</button>
      <button type="button" class="secondary" @click=${() => v.on.edit(undefined)}>
        ${w.cancel}
      </button>
    </div>
  </form>`;
}

function row(v: ItemsView, item: ReviewItem): TemplateResult {
  const w = v.words;
  const selected = v.selected === item.key;
  const flag = item.flag;
  return html`<li class="item s-${item.state}${selected ? ' selected' : ''}" data-key=${item.key}>
    <button
      type="button"
      class="item-main"
      aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => v.on.select(item.key)}
    >
      <span class="state" aria-hidden="true">${STATE_ICONS[item.state]}</span>
      <span class="item-text">
        <span class="item-label">${pickText(item.label, v.ui)}</span>
        <span class="item-reading">${reading(v, item)}</span>
        <span class="item-meta"
          ><span class="state-word">${w.states[item.state]}</span> · <code>${item.id}</code>${
            item.added ? html` · ${w.added}` : nothing
          }</span
        >
      </span>
    </button>
    ${
      flag
        ? html`<p class="flag">
            <span aria-hidden="true">⚑</span> ${w.flag}：${flag.fields
              .map((f) => w.flagFields[f] ?? f)
              .join('、')}
            — ${pickText(flag.note, v.ui)}
          </p>`
        : nothing
    }
    <div class="actions" role="group" aria-label=${pickText(item.label, v.ui)}>
      <button
        type="button"
        class="accept"
        aria-pressed=${item.state === 'accepted' ? 'true' : 'false'}
        @click=${() => v.on.decide(item.key, item.state === 'accepted' ? 'review' : 'accepted')}
      >
        <span aria-hidden="true">✓</span> ${w.accept}
      </button>
      <button
        type="button"
        class="reject"
        aria-pressed=${item.state === 'rejected' ? 'true' : 'false'}
        @click=${() => v.on.decide(item.key, item.state === 'rejected' ? 'review' : 'rejected')}
      >
        <span aria-hidden="true">✕</span> ${w.reject}
      </button>
      <button
        type="button"
        class="secondary"
        aria-expanded=${v.editing === item.key ? 'true' : 'false'}
        @click=${() => v.on.edit(v.editing === item.key ? undefined : item.key)}
      >
        ${w.edit}
      </button>
      ${
        item.added
          ? html`<button type="button" class="secondary" @click=${() => v.on.removeAdded(item.key)}>
              ${w.removeAdded}
            </button>`
          : nothing
      }
    </div>
    ${v.editing === item.key ? editForm(v, item) : nothing}
  </li>`;
}

/** The items pane's content. */
export function itemsList(v: ItemsView): TemplateResult {
  const w = v.words;
  const shown = v.items.filter((i) => matches(i, v.search));
  const drawn = new Set(shown.slice(0, v.limit));
  const groups = KINDS.map(
    (kind) => [kind, shown.filter((i) => i.kind === kind), drawn] as const,
  ).filter(([, list]) => list.length > 0);
  return html`${groups.map(
    ([kind, list, drawn]) =>
      html`<section class="group-items" aria-labelledby="kind-${kind}">
        <h3 id="kind-${kind}">${w.kinds[kind]} <span class="n-items">${list.length}</span></h3>
        <ul class="items">
          ${list
            .filter((item) => drawn.has(item))
            .map((item) =>
              guard([item, v.selected === item.key, v.editing === item.key, v.problem, v.ui], () =>
                row(v, item),
              ),
            )}
        </ul>
      </section>`,
  )}
  ${shown.length === 0 ? html`<p class="hint">${w.noMatch}</p>` : nothing}
  ${
    v.unused.length
      ? html`<details class="unused">
          <summary>${w.unused(v.unused.length)}</summary>
          <p class="hint">${w.unusedHint}</p>
          <ul class="unused-list">
            ${v.unused.map(
              (n) =>
                html`<li>
                  <button type="button" class="secondary" @click=${() => v.on.makeFigure(n)}>
                    <span aria-hidden="true">+</span> ${w.makeFigure(n.text)}
                  </button>
                </li>`,
            )}
          </ul>
        </details>`
      : nothing
  }`;
}
