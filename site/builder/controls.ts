/**
 * Form controls the site applications build their panels from: a radio choice with a hint, a
 * labelled select, a checkbox, a row of toggle buttons. Each is a native control with its label, so keyboard, screen
 * readers and forms work as the platform makes them.
 */
import { html, nothing, type TemplateResult } from 'lit';

export function radio<T extends string>(
  name: string,
  value: T,
  current: T,
  label: string,
  onPick: (value: T) => void,
  hint?: string,
): TemplateResult {
  const id = `${name}-${value || 'none'}`;
  return html`<label class="choice" for=${id}>
    <input
      type="radio"
      id=${id}
      name=${name}
      .value=${value}
      .checked=${value === current}
      @change=${() => onPick(value)}
    />
    <span class="choice-label">${label}</span>
    ${hint ? html`<span class="choice-hint">${hint}</span>` : nothing}
  </label>`;
}

export function select(
  id: string,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  onPick: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
      ${options.map(
        ([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`,
      )}
    </select>
  </div>`;
}

export function checkbox(
  id: string,
  label: string,
  checked: boolean,
  onPick: (checked: boolean) => void,
): TemplateResult {
  return html`<div class="check">
    <input
      type="checkbox"
      id=${id}
      .checked=${checked}
      @change=${(e: Event) => onPick((e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/** A row of toggle buttons, the current one pressed: a choice seen at once (a preview's width). */
export function segmented<T extends string>(
  label: string,
  values: readonly T[],
  current: T,
  words: Readonly<Record<T, string>>,
  onPick: (value: T) => void,
): TemplateResult {
  return html`<div class="segmented" role="group" aria-label=${label}>
    ${values.map(
      (value) =>
        html`<button
          type="button"
          aria-pressed=${value === current ? 'true' : 'false'}
          @click=${() => onPick(value)}
        >
          ${words[value]}
        </button>`,
    )}
  </div>`;
}
