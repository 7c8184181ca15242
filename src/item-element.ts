import { property } from 'lit/decorators.js';
import type { View } from './controllers/data-controller.js';
import {
  PlaybackController,
  START_TRIGGERS,
  type StartTrigger,
} from './controllers/playback-controller.js';
import type { Dataset } from './data/schema.js';
import { easeCubicOut } from './controllers/tween-controller.js';
import { ReportDataElement } from './data-element.js';
import { reportEvent } from './events/events.js';
import { choice } from './options/options.js';

/** What differs from one item element to another in its playback (see `playbackFor`). */
export interface PlaybackParts<M, D> {
  /** Milliseconds a run takes: the element's `duration`, or its default when that is not a number. */
  readonly duration: () => number;
  /** Whether the element has what it needs to run (its data); triggers wait until it does. */
  readonly ready: () => boolean;
  /** The events fired in the first frame of a run and in the frame it reaches its end. */
  readonly events: readonly [start: `report-${string}`, end: `report-${string}`];
  /** The `detail` of both events, from the model. */
  readonly detail: (model: M) => D;
  /** Paints one frame of a run instead of a render (see `PlaybackOptions.onFrame`). */
  readonly onFrame?: () => void;
}

/**
 * One item of a dataset that animates from its starting state to its final state: the counter
 * (a figure, counting) and the gauge (a target, filling). It holds what they share: the dataset
 * (`src`, `data`, or a surrounding `<report-data>`) and the item's model derived from it, the
 * attributes that say when it runs (`start`, `replay`), the methods that run it by code, and its
 * {@link PlaybackController}. Each element derives its model (`derive`) and makes its controller
 * with `playbackFor()`, from its own `duration` (the default differs), readiness and events.
 */
export abstract class ReportItemElement<M> extends ReportDataElement {
  /**
   * URL of a dataset JSON, in which `metric` (a counter) or `goal` (a gauge) picks the item.
   * Without it, a surrounding `<report-data>` provides one.
   */
  @property({ attribute: 'src' }) src?: string;

  /**
   * A dataset given by code (validated), in which `metric` or `goal` picks the item (and a gauge's
   * baseline and reference resolve).
   */
  @property({ attribute: false }) data?: unknown;

  /**
   * What starts the animation: `visible` (entering the viewport, default), `step` (its story step
   * becoming active; outside a story, as `visible`) or `manual` (only `start()` / `replay()`).
   */
  @property({ attribute: 'start' }) startOn: StartTrigger = 'visible';

  /** Runs the animation again each time the element re-enters the viewport or its step. */
  @property({ attribute: 'replay', type: Boolean }) replayOnReentry = false;

  protected readonly source = this.dataSource<M>({
    src: () => this.src,
    data: () => this.data,
    provided: this.pageDatasetWanted(),
    derive: () => this.derive(),
  });

  /**
   * When the element asks a surrounding `<report-data>` for its dataset: from its connection on
   * (undefined, the default), or — for an element whose item may come from its attributes alone —
   * the first time the test returned says yes.
   */
  protected pageDatasetWanted(): (() => boolean) | undefined {
    return undefined;
  }

  /** The element's playback, made by `playbackFor()`. */
  protected abstract readonly playback: PlaybackController;

  /** Runs the animation if it has not run (any `start` mode; the only way with `start="manual"`). */
  start(): void {
    this.playback.start();
  }

  /** Runs the animation again from its starting state. */
  replay(): void {
    this.playback.replay();
  }

  /** The model when the item is known. */
  protected get model(): M | undefined {
    return this.source.value;
  }

  /** The item's view, from a property, the dataset or the attributes. */
  protected abstract derive(): View<M>;

  /**
   * The item `id` names in the dataset, found by `pick`; with no dataset at all, an error saying
   * that `attribute` needs one (`element` names the element in it).
   */
  protected fromDatasetById(
    attribute: string,
    id: string,
    element: string,
    pick: (dataset: Dataset) => View<M>,
  ): View<M> {
    return this.source.fromDataset(pick, () =>
      this.words.data.needsDataset(attribute, id, element),
    );
  }

  /**
   * The playback of this element: started as `start` says, again on re-entry with `replay`, eased
   * out; the final state at once with reduced motion. Its events carry the model's `detail`.
   */
  protected playbackFor<D>(parts: PlaybackParts<M, D>): PlaybackController {
    const fire = (type: `report-${string}`) => {
      const model = this.model;
      if (model) this.dispatchEvent(reportEvent<D>(type, parts.detail(model)));
    };
    return new PlaybackController(this, {
      trigger: () => choice(this.startOn, START_TRIGGERS, 'visible'),
      replay: () => this.replayOnReentry,
      duration: parts.duration,
      reduced: () => this.reducedMotion,
      ready: parts.ready,
      ease: easeCubicOut,
      onStart: () => fire(parts.events[0]),
      onEnd: () => fire(parts.events[1]),
      onFrame: parts.onFrame,
    });
  }
}
