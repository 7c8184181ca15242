import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext, IDLE, type DatasetState } from '../data/context.js';
import { loadDataset } from '../data/loader.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its dataset: from its own `src` when it has one, otherwise from the nearest
 * `<report-data>` around it. Loading goes through the shared loader (one request per URL).
 * Call `resolve()` in `willUpdate`; the host updates again when the state changes.
 *
 * With `wanted`, the `<report-data>` is asked only once the host wants its dataset (`resolve()`
 * finds `wanted()` true): a counter given by its attributes asks nothing of the page — one context
 * request less per element on a page of a thousand.
 */
export class DatasetController implements ReactiveController {
  private own: DatasetState = IDLE;
  private provided: DatasetState = IDLE;
  private ownSrc: string | undefined;
  private generation = 0;
  /** Waiting for a `<report-data>` around the host that is not defined yet. */
  private awaitingProvider = false;
  private consumer: ContextConsumer<typeof datasetContext, Host> | undefined;

  /**
   * @param wanted whether the host wants a surrounding `<report-data>`'s dataset now; without it,
   *   the host asks for it from its first connection on
   */
  constructor(
    private readonly host: Host,
    private readonly src: () => string | undefined,
    private readonly wanted?: () => boolean,
  ) {
    host.addController(this);
    if (!wanted) this.consumer = this.consume();
  }

  private consume(): ContextConsumer<typeof datasetContext, Host> {
    // A controller added to a connected host is connected at once: it asks for the context now.
    return new ContextConsumer(this.host, {
      context: datasetContext,
      subscribe: true,
      callback: (state) => {
        this.provided = state;
        this.host.requestUpdate();
      },
    });
  }

  /** The current state; starts a load when `src` has changed since the last call. */
  resolve(): DatasetState {
    const src = this.src()?.trim() || undefined;
    if (src !== this.ownSrc) {
      this.ownSrc = src;
      this.load(src);
    }
    if (src) return this.own;
    if (!this.consumer && this.wanted?.()) {
      this.consumer = this.consume();
      this.awaitProvider();
    }
    // Its <report-data> is coming (defined later, as the embed's loader does when that chunk
    // arrives after this one): loading, not "no dataset".
    if (this.provided.status === 'idle' && this.awaitingProvider) {
      return { status: 'loading', src: '' };
    }
    return this.provided;
  }

  hostConnected(): void {
    // A reconnected element picks up a load that finished (or failed) while it was away.
    if (this.ownSrc && this.own.status === 'loading') this.load(this.ownSrc);
    if (this.consumer) this.awaitProvider();
  }

  /**
   * A <report-data> around the host that is not defined yet cannot answer the context request the
   * consumer made: asks again once it is (elements may be defined in any order).
   */
  private awaitProvider(): void {
    if (this.provided.status === 'idle' && this.host.closest('report-data:not(:defined)')) {
      this.awaitingProvider = true;
      void customElements.whenDefined('report-data').then(() => {
        this.awaitingProvider = false;
        if (this.host.isConnected && this.provided.status === 'idle') {
          this.consumer?.hostConnected();
        }
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    this.generation++;
  }

  private load(src: string | undefined): void {
    const generation = ++this.generation;
    if (!src) {
      this.own = IDLE;
      return;
    }
    this.own = { status: 'loading', src };
    loadDataset(src).then(
      (dataset) => this.settle(generation, { status: 'ready', dataset, src }),
      (error: unknown) =>
        this.settle(generation, {
          status: 'error',
          error: error instanceof Error ? error : new Error(String(error)),
          src,
        }),
    );
  }

  private settle(generation: number, state: DatasetState): void {
    if (generation !== this.generation) return;
    this.own = state;
    this.host.requestUpdate();
  }
}
