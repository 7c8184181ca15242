/**
 * The studio's frame: the masthead (title, language, appearance, shortcuts), the tabs, the save
 * state and the banner when another tab saved the project, and the keyboard help dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteMessages } from '../../i18n/messages.js';
import type { SessionState } from '../session.js';

type Words = SiteMessages['studio'];

export const TABS = ['open', 'review', 'story', 'export'] as const;
export type Tab = (typeof TABS)[number];

export const APPEARANCES = ['auto', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

export interface ShellView {
  readonly tab: Tab;
  readonly session: SessionState;
  readonly appearance: Appearance;
  readonly otherLanguage: string;
  readonly words: Words;
  readonly formatTime: (iso: string) => string;
  readonly content: TemplateResult;
  readonly on: {
    readonly tab: (tab: Tab) => void;
    readonly appearance: (a: Appearance) => void;
    readonly help: () => void;
    readonly reload: () => void;
  };
}

function saveState(v: ShellView): TemplateResult | string {
  const w = v.words.saving;
  const s = v.session.save;
  switch (s.kind) {
    case 'idle':
      return '';
    case 'saving':
      return w.saving;
    case 'saved':
      return w.saved(v.formatTime(s.at));
    case 'failed':
      return html`<span class="error">${w.failed}${s.message}</span>`;
    case 'conflict':
      return '';
  }
}

function banner(v: ShellView): TemplateResult | typeof nothing {
  const w = v.words.saving;
  if (!v.session.newer && v.session.save.kind !== 'conflict') return nothing;
  return html`<div class="banner" role="alert">
    <p>${v.session.save.kind === 'conflict' ? w.conflict : w.otherTab}</p>
    <button type="button" class="primary" @click=${v.on.reload}>${w.reload}</button>
  </div>`;
}

function onTabKey(v: ShellView, event: KeyboardEvent): void {
  const at = TABS.indexOf(v.tab);
  const next =
    event.key === 'ArrowRight'
      ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft'
        ? (at - 1 + TABS.length) % TABS.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? TABS.length - 1
            : -1;
  if (next < 0) return;
  event.preventDefault();
  const tab = TABS[next] ?? 'open';
  v.on.tab(tab);
  requestAnimationFrame(() => document.getElementById(`tab-${tab}`)?.focus());
}

export function shell(v: ShellView): TemplateResult {
  const w = v.words;
  const other = new URL(location.href);
  other.searchParams.set('lang', w.otherLang === 'en' ? 'en' : 'zh');
  const hasProject = v.session.project !== undefined;
  return html`<header class="masthead studio-masthead">
      <div class="masthead-inner">
        <p class="kicker">${w.kicker}</p>
        <h1>${w.title}</h1>
        <p class="dek">${w.dek}</p>
        <div class="studio-tools">
          <a class="language" lang=${w.otherLang} href=${other.href}>${w.other}</a>
          <label for="appearance">${w.appearance}</label>
          <select
            id="appearance"
            @change=${(e: Event) => v.on.appearance((e.target as HTMLSelectElement).value as Appearance)}
          >
            ${(['auto', 'light', 'dark'] as const).map(
              (a) =>
                html`<option value=${a} ?selected=${v.appearance === a}>
                  ${w.appearances[a]}
                </option>`,
            )}
          </select>
          <button type="button" class="secondary" aria-keyshortcuts="?" @click=${v.on.help}>
            ${w.help} <kbd>?</kbd>
          </button>
        </div>
      </div>
    </header>
    <nav class="tabbar" aria-label=${w.tabsLabel}>
      <div class="tabbar-inner">
        <div
          role="tablist"
          aria-label=${w.tabsLabel}
          @keydown=${(e: KeyboardEvent) => onTabKey(v, e)}
        >
          ${TABS.map(
            (tab) =>
              html`<button
                type="button"
                role="tab"
                id="tab-${tab}"
                aria-controls="panel"
                aria-selected=${v.tab === tab ? 'true' : 'false'}
                tabindex=${v.tab === tab ? '0' : '-1'}
                ?disabled=${tab !== 'open' && !hasProject}
                @click=${() => v.on.tab(tab)}
              >
                ${w.tabs[tab]}
              </button>`,
          )}
        </div>
        <p class="save-state" role="status">${saveState(v)}</p>
      </div>
    </nav>
    ${banner(v)}
    <main class="studio-main tab-${v.tab}">
      <div id="panel" role="tabpanel" aria-labelledby="tab-${v.tab}">${v.content}</div>
    </main>`;
}

export function helpDialog(words: Words, onClose: () => void): TemplateResult {
  const k = words.keys;
  const rows: [string, string][] = [
    ['j', k.next],
    ['k', k.previous],
    ['a', k.accept],
    ['r', k.reject],
    ['e', k.edit],
    ['/', k.search],
    ['Alt+↑ / Alt+↓', k.move],
    ['?', k.help],
    ['Esc', k.escape],
  ];
  return html`<dialog id="help" aria-labelledby="help-title" @close=${onClose}>
    <h2 id="help-title">${words.helpTitle}</h2>
    <table>
      <tbody>
        ${rows.map(
          ([key, what]) =>
            html`<tr>
              <th scope="row"><kbd>${key}</kbd></th>
              <td>${what}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <form method="dialog"><button type="submit" class="primary">${words.close}</button></form>
  </dialog>`;
}
