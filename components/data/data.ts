import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { datasetContext, IDLE, type DatasetState } from '../../src/data/context.js';
import { loadDataset, parseDataset } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import { ReportElement } from '../../src/element.js';
import { reportEvent } from '../../src/events/events.js';
import { isolated, shared, tokens } from '../../src/theme.js';
import { styles } from './data.styles.js';

export interface DataLoadDetail {
  readonly dataset: Dataset;
  readonly src: string | undefined;
}

export interface DataErrorDetail {
  readonly error: Error;
  readonly src: string | undefined;
}

/**
 * Loads and validates a dataset once and provides it to every report-story element inside it,
 * so ten widgets on a page make one request and one parse.
 *
 * The dataset comes from `src`, from the `data` property, or from a
 * `<script type="application/json">` child (for pages that must work without a server).
 *
 * @summary Provides one dataset to the elements inside it.
 * @tagname report-data
 *
 * @slot - The elements that use the dataset, and any fallback content.
 *
 * @csspart error - The message shown when the dataset cannot be loaded or is invalid.
 *
 * @fires report-data-load - The dataset finished loading and is valid. `detail: { dataset, src }`
 * @fires report-data-error - The dataset could not be loaded or is invalid. `detail: { error, src }`
 */
export class ReportData extends ReportElement {
  static override styles = [tokens, shared, isolated, styles];

  /** URL of the dataset JSON, resolved against the page. */
  @property() src?: string;

  /** A dataset given by code (parsed JSON or an object); validated before it is provided. */
  @property({ attribute: false }) data?: unknown;

  /** Where the dataset is: `idle`, `loading`, `ready` or `error`. */
  get state(): DatasetState {
    return this.provider.value;
  }

  private readonly provider = new ContextProvider(this, {
    context: datasetContext,
    initialValue: IDLE,
  });
  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.generation++;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.state.status !== 'ready') this.refresh();
  }

  private refresh(): void {
    const generation = ++this.generation;
    const src = this.src?.trim() || undefined;
    if (this.data !== undefined) {
      this.publish(this.validate(this.data, 'data property'), false);
      return;
    }
    if (!src) {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (!inline && document.readyState === 'loading') {
        // Upgraded while the parser is still on its way to the children: look again when it is done.
        document.addEventListener(
          'DOMContentLoaded',
          () => generation === this.generation && this.refresh(),
          {
            once: true,
          },
        );
      }
      this.publish(inline ? this.validateJson(inline.textContent) : IDLE, false);
      return;
    }
    this.publish({ status: 'loading', src }, false);
    loadDataset(src).then(
      (dataset) => {
        if (generation === this.generation) this.publish({ status: 'ready', dataset, src }, true);
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.publish({ status: 'error', error: asError(error), src }, true);
      },
    );
  }

  private validate(data: unknown, where: string): DatasetState {
    try {
      return { status: 'ready', dataset: parseDataset(data, where) };
    } catch (error) {
      return { status: 'error', error: asError(error) };
    }
  }

  private validateJson(text: string): DatasetState {
    try {
      return this.validate(JSON.parse(text), 'inline dataset');
    } catch (error) {
      return {
        status: 'error',
        error: new Error(`inline dataset is not valid JSON: ${asError(error).message}`),
      };
    }
  }

  private publish(state: DatasetState, notify: boolean): void {
    this.provider.setValue(state);
    this.requestUpdate();
    if (!notify) return;
    if (state.status === 'ready') {
      this.dispatchEvent(
        reportEvent<DataLoadDetail>('report-data-load', { dataset: state.dataset, src: state.src }),
      );
    } else if (state.status === 'error') {
      this.dispatchEvent(
        reportEvent<DataErrorDetail>('report-data-error', { error: state.error, src: state.src }),
      );
    }
  }

  override render(): TemplateResult {
    const state = this.state;
    return state.status === 'error' ? this.renderError(state.error) : html`<slot></slot>`;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
