/**
 * The studio page: what the editor sees and does, over a {@link Session}. The page's own state (tab,
 * selection, messages) lives here; the project's lives in the session, which saves every change.
 * Views are functions of both (`views/`); the story tab's and the export's actions are in
 * `story-actions.ts`; what the views read of a project is derived once per change (`derive.ts`).
 */
import { html, render, type TemplateResult } from 'lit';
import type { ReportLocale } from '../../src/format/format.js';
import { siteMessages, type SiteMessages } from '../i18n/messages.js';
import type { Extractor } from './extractor.js';
import { InputError, readFile, readPasted, readUrl, type ReportInput } from './input.js';
import {
  addFigure,
  decide,
  editItem,
  removeAdded,
  type ItemState,
  type MarkedNumber,
} from './model.js';
import { openProjectFile } from './project-file.js';
import { derive, type Derived } from './derive.js';
import { NoNumbersError, type Opened, type Session } from './session.js';
import { StoryActions } from './story-actions.js';
import { renameIds } from './story-edit.js';
import { idProblemText, matches } from './views/items.js';
import { openTab, problemText } from './views/open.js';
import { reviewTab, revealSelection } from './views/review.js';
import { helpDialog, shell, type Appearance, type Tab } from './views/shell.js';

type Words = SiteMessages['studio'];

export interface StudioOptions {
  readonly ui: ReportLocale;
  readonly root: HTMLElement;
  readonly session: Session;
  readonly extractor: Extractor;
}

const APPEARANCE_KEY = 'report-story-studio-appearance';

/** Lines and items drawn in the first frame of a project just opened; later frames adapt. */
const PART = 4;

/** Milliseconds of drawing a frame aims at while a project first appears. */
const FRAME_BUDGET = 8;

export class Studio {
  readonly ui: ReportLocale;
  readonly words: Words;
  readonly session: Session;
  readonly extractor: Extractor;
  readonly story: StoryActions;
  readonly #root: HTMLElement;
  readonly #time: Intl.DateTimeFormat;
  readonly #date: Intl.DateTimeFormat;
  #derived: Derived | undefined;
  tab: Tab = 'open';
  selected: string | undefined;
  editing: string | undefined;
  search = '';
  problem = '';
  message: { kind: 'error' | 'note'; text: string } | undefined;
  url = '';
  dragging = false;
  appearance: Appearance = 'auto';
  /**
   * How many lines of the text and items of the list are drawn: a project just opened is drawn a
   * part per frame, so that no frame of the page is a long task (the panes keep their size).
   */
  limit = Infinity;
  #growing = 0;
  /** Scroll the selection into view after the next draw: the text, the list, or both. */
  #reveal: 'text' | 'list' | undefined;

  constructor(options: StudioOptions) {
    this.ui = options.ui;
    this.words = siteMessages(options.ui).studio;
    this.session = options.session;
    this.extractor = options.extractor;
    this.#root = options.root;
    this.#time = new Intl.DateTimeFormat(options.ui, { timeStyle: 'medium' });
    this.#date = new Intl.DateTimeFormat(options.ui, { dateStyle: 'medium', timeStyle: 'short' });
    this.story = new StoryActions(this);
    const saved = localStorage.getItem(APPEARANCE_KEY);
    if (saved === 'light' || saved === 'dark') this.setAppearance(saved);
  }

  /** The project's derived views (undefined without a project). */
  get derived(): Derived | undefined {
    const project = this.session.state.project;
    if (!project) return undefined;
    if (this.#derived?.project !== project) this.#derived = derive(project);
    return this.#derived;
  }

  setAppearance(a: Appearance): void {
    this.appearance = a;
    if (a === 'auto') {
      delete document.documentElement.dataset.appearance;
      localStorage.removeItem(APPEARANCE_KEY);
    } else {
      document.documentElement.dataset.appearance = a;
      localStorage.setItem(APPEARANCE_KEY, a);
    }
    this.draw();
  }

  // ---- opening ---------------------------------------------------------------------------------

  /** Reads a report from somewhere; a refusal is shown in place and the open project stays. */
  async openFrom(read: () => Promise<ReportInput>): Promise<void> {
    const w = this.words;
    // Marks for measuring how the page holds up while a report is read (see the tests).
    performance.mark('studio:read-start');
    this.message = undefined;
    this.tab = 'open';
    this.draw();
    let opened: Opened;
    let input: ReportInput;
    try {
      input = await read();
      opened = await this.session.open(input);
    } catch (error) {
      const text =
        error instanceof InputError
          ? problemText(w.problems, error.problem)
          : error instanceof NoNumbersError
            ? w.problems.noNumbers(error.file)
            : `${w.problems.failed}${error instanceof Error ? error.message : String(error)}`;
      const keep = this.session.state.project ? `\n${w.problems.untouched}` : '';
      this.message = { kind: 'error', text: `${text}${keep}` };
      this.draw();
      return;
    }
    const note =
      opened.kind === 'same'
        ? w.open.reopened(opened.title)
        : opened.kind === 'changed'
          ? w.open.changed(opened.title)
          : w.open.read(input.file, input.encoding);
    this.message = { kind: 'note', text: note };
    this.selected = undefined;
    this.editing = undefined;
    this.story.reset();
    this.tab = 'review';
    this.drawInParts();
    performance.mark('studio:read-end');
  }

  /**
   * Draws the open project a part per frame, from the top, so that no frame is a long task: the
   * views are derived in one frame, the tab drawn empty in the next, and each frame after draws as
   * many more lines and items as fit its budget (fewer after a slow frame, more after a quick one).
   */
  drawInParts(): void {
    cancelAnimationFrame(this.#growing);
    this.limit = 0;
    this.#growing = requestAnimationFrame(() => this.#grow());
  }

  #grow(): void {
    const d = this.derived;
    const all = d ? Math.max(d.lines.length, d.items.length) : 0;
    if (all === 0) {
      this.limit = Infinity;
      this.draw();
      return;
    }
    // The first frame draws the tab without lines or items; the next ones add them.
    let part = 0;
    const grow = () => {
      const start = performance.now();
      this.limit = this.limit + part >= all ? Infinity : this.limit + part;
      this.draw();
      const spent = performance.now() - start;
      if (part === 0) part = PART;
      else if (spent > FRAME_BUDGET) part = Math.max(2, Math.floor(part / 2));
      else if (spent < FRAME_BUDGET / 2) part *= 2;
      if (this.limit !== Infinity) this.#growing = requestAnimationFrame(grow);
    };
    this.#growing = requestAnimationFrame(grow);
  }

  openFiles(files: FileList | null | undefined): void {
    const file = files?.[0];
    if (file) void this.openFrom(() => readFile(file));
  }

  openUrl(url: string): void {
    this.url = url;
    void this.openFrom(() => readUrl(url, location.href));
  }

  async importFile(files: FileList | null | undefined): Promise<void> {
    const file = files?.[0];
    if (!file) return;
    const w = this.words;
    const opened = openProjectFile(await file.text());
    if (opened.kind === 'invalid') {
      this.message = { kind: 'error', text: `${w.problems.project(file.name)}${opened.reason}` };
    } else if (opened.kind === 'changed-text') {
      await this.openFrom(() => Promise.resolve(opened.report));
      return;
    } else {
      await this.session.openImported(opened.project);
      this.message = {
        kind: 'note',
        text: w.open.imported(opened.project.extraction.dataset.title.zh),
      };
      this.tab = 'review';
    }
    this.draw();
  }

  // ---- review ----------------------------------------------------------------------------------

  select(key: string | undefined, reveal: 'text' | 'list' = 'text'): void {
    this.selected = key;
    this.problem = '';
    this.#reveal = reveal;
    this.draw();
  }

  /** Decides on the selected item (if any) and moves to the next one: the keyboard's a and r. */
  #decideAndGo(key: string | undefined, decision: 'accepted' | 'rejected'): void {
    if (!key) return;
    this.decide(key, decision);
    this.step(1);
  }

  /** Moves the selection through the items in the order of the text. */
  step(by: 1 | -1): void {
    const order = this.derived?.order.filter((i) => matches(i, this.search)) ?? [];
    if (order.length === 0) return;
    const at = order.findIndex((i) => i.key === this.selected);
    const next =
      at < 0 ? (by > 0 ? 0 : order.length - 1) : Math.max(0, Math.min(order.length - 1, at + by));
    this.select(order[next]?.key, 'list');
  }

  decide(key: string, state: ItemState): void {
    this.session.update((p) => decide(p, [key], state === 'review' ? undefined : state));
    this.draw();
  }

  acceptAll(): void {
    const keys = this.derived?.items.filter((i) => i.state === 'review').map((i) => i.key) ?? [];
    this.session.update((p) => decide(p, keys, 'accepted'));
    this.message = { kind: 'note', text: this.words.review.acceptedAll(keys.length) };
    this.draw();
  }

  edit(key: string | undefined): void {
    this.editing = key;
    this.problem = '';
    if (key) this.selected = key;
    this.draw();
    if (key)
      requestAnimationFrame(() =>
        this.#root.querySelector<HTMLInputElement>('form.edit input')?.focus(),
      );
  }

  saveEdit(key: string, form: HTMLFormElement): void {
    const get = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const project = this.session.state.project;
    const item = this.derived?.items.find((i) => i.key === key);
    if (!project || !item) return;
    const id = get('id').trim();
    const result = editItem(project, key, { id, label: { zh: get('zh'), en: get('en') } });
    if ('refused' in result) {
      this.problem = idProblemText(this.words.review, result.refused);
      this.draw();
      return;
    }
    this.session.update((p) => {
      const next = editItem(p, key, { id, label: { zh: get('zh'), en: get('en') } });
      if ('refused' in next) return p;
      // The story names items by id: a renamed id follows.
      return id !== item.id && next.story
        ? { ...next, story: renameIds(next.story, new Map([[item.id, id]])) }
        : next;
    });
    this.editing = undefined;
    this.problem = '';
    this.draw();
    requestAnimationFrame(() =>
      this.#root
        .querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"] .item-main`)
        ?.focus(),
    );
  }

  async makeFigure(n: MarkedNumber): Promise<void> {
    const project = this.session.state.project;
    const d = this.derived;
    if (!project || !d) return;
    const taken = [
      ...d.items.flatMap((i) => [i.id, i.originalId]),
      ...project.extraction.dataset.chapters.map((c) => c.id),
    ];
    const result = await this.extractor.figure(
      project.report.text,
      n,
      project.extraction.dataset.language,
      taken,
    );
    if ('problem' in result) {
      this.problem = `“${n.text}”：${this.words.review.figureProblems[result.problem]}`;
      this.draw();
      return;
    }
    this.session.update((p) => addFigure(p, result));
    this.message = { kind: 'note', text: this.words.review.made(result.label.zh) };
    this.select(`figure:${result.id}`, 'list');
  }

  removeAdded(key: string): void {
    this.session.update((p) => removeAdded(p, key));
    if (this.selected === key) this.selected = undefined;
    this.draw();
  }

  // ---- keyboard --------------------------------------------------------------------------------

  onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    const dialog = document.getElementById('help') as HTMLDialogElement | null;
    if (event.key === '?' && !typing) {
      event.preventDefault();
      if (dialog?.open) dialog.close();
      else this.help();
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey || dialog?.open) return;
    if (event.key === 'Escape' && this.editing) {
      this.edit(undefined);
      return;
    }
    if (this.tab !== 'review') return;
    const key = this.selected;
    const actions: Record<string, () => void> = {
      j: () => this.step(1),
      k: () => this.step(-1),
      a: () => this.#decideAndGo(key, 'accepted'),
      r: () => this.#decideAndGo(key, 'rejected'),
      e: () => key && this.edit(key),
      '/': () => document.getElementById('item-search')?.focus(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  help(): void {
    (document.getElementById('help') as HTMLDialogElement | null)?.showModal();
  }

  // ---- drawing ---------------------------------------------------------------------------------

  #content(): TemplateResult {
    const w = this.words;
    // The open tab needs no derived views (a report just read is not derived while it is shown).
    const d = this.tab === 'open' ? undefined : this.derived;
    if (!d) {
      return openTab({
        session: this.session.state,
        message: this.message,
        url: this.url,
        dragging: this.dragging,
        words: w,
        formatDate: (iso) => this.#date.format(new Date(iso)),
        on: {
          files: (files) => this.openFiles(files),
          paste: (text) =>
            void this.openFrom(() => Promise.resolve(readPasted(text, w.open.pastedName))),
          url: (url) => this.openUrl(url),
          dragging: (on) => {
            this.dragging = on;
            this.draw();
          },
          openSaved: (id) =>
            void this.session.openSaved(id).then(() => {
              this.story.reset();
              this.selected = undefined;
              this.tab = 'review';
              this.drawInParts();
            }),
          remove: (id, title) => {
            if (confirm(w.open.deleteConfirm(title))) void this.session.remove(id);
          },
          importFile: (files) => void this.importFile(files),
        },
      });
    }
    if (this.tab === 'story') return this.story.view(d);
    if (this.tab === 'export') return this.story.exportView(d);
    return html`${
      this.message && this.message.kind === 'note'
        ? html`<p class="message note studio-note" role="status">${this.message.text}</p>`
        : ''
    }
    ${reviewTab({
      text: d.project.report.text,
      lines: d.lines,
      numbers: d.numbers,
      items: d.items,
      draft: d.draft,
      counts: d.counts,
      limit: this.limit,
      selected: this.selected,
      editing: this.editing,
      search: this.search,
      problem: this.problem,
      ui: this.ui,
      words: w.review,
      on: {
        select: (key, reveal) => this.select(key, reveal),
        decide: (key, state) => this.decide(key, state),
        edit: (key) => this.edit(key),
        save: (key, form) => this.saveEdit(key, form),
        removeAdded: (key) => this.removeAdded(key),
        makeFigure: (n) => void this.makeFigure(n),
        search: (q) => {
          this.search = q;
          this.draw();
        },
        acceptAll: () => this.acceptAll(),
      },
    })}`;
  }

  setTab(tab: Tab): void {
    this.tab = tab;
    if (tab !== 'open' && this.message?.kind === 'error') this.message = undefined;
    this.draw();
  }

  draw(): void {
    const w = this.words;
    document.documentElement.lang = this.ui;
    document.title = `${w.title} · report-story`;
    render(
      html`${shell({
        tab: this.tab,
        session: this.session.state,
        appearance: this.appearance,
        otherLanguage: w.otherLang,
        words: w,
        formatTime: (iso) => this.#time.format(new Date(iso)),
        content: this.#content(),
        on: {
          tab: (tab) => this.setTab(tab),
          appearance: (a) => this.setAppearance(a),
          help: () => this.help(),
          reload: () => void this.session.reload(),
        },
      })}
      ${helpDialog(w, () => undefined)}`,
      this.#root,
    );
    this.story.afterDraw();
    this.#afterDraw();
  }

  /** After a selection, its sentence and its item are scrolled into view (see `revealSelection`). */
  #afterDraw(): void {
    const reveal = this.#reveal;
    this.#reveal = undefined;
    if (reveal && this.tab === 'review') revealSelection(this.#root, this.selected, reveal);
  }
}
