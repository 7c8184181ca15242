/** A minimal story for tests: provides a step state to the elements inside it, as a scroller does. */
import { ContextProvider } from '@lit/context';
import { html, LitElement, type TemplateResult } from 'lit';
import { stepContext, type StepState } from '../../src/controllers/step-context.js';

export class TestStory extends LitElement {
  private readonly provider = new ContextProvider(this, {
    context: stepContext,
    initialValue: { index: -1, id: undefined, progress: 0, count: 3, direction: 'forward' },
  });

  /** Moves the story to a step, as scrolling or a clicker would. */
  go(index: number): void {
    const previous = this.provider.value;
    const state: StepState = {
      ...(previous ?? { id: undefined, progress: 0, count: 3 }),
      index,
      direction: previous && index < previous.index ? 'backward' : 'forward',
    };
    this.provider.setValue(state);
  }

  /** Sets the whole step state: its index, and anything that differs from a plain forward step. */
  set(state: Partial<StepState> & { readonly index: number }): void {
    this.provider.setValue({
      id: undefined,
      progress: 0,
      count: 3,
      direction: 'forward',
      ...state,
    });
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('test-story')) customElements.define('test-story', TestStory);

declare global {
  interface HTMLElementTagNameMap {
    'test-story': TestStory;
  }
}
