import type { PropertyValues, ReactiveControllerHost } from 'lit';
import type * as v from 'valibot';
import type { DatasetState } from '../data/context.js';
import { datasetProperty } from '../data/dataset-property.js';
import type { Dataset } from '../data/schema.js';
import { describeIssues, validatePart } from '../data/validate.js';
import { messages, type ReportLocale } from '../i18n/messages.js';
import { DatasetController } from './dataset-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a data element shows: nothing yet, an error in place, nothing to show, or its content. */
export type View<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'empty' }
  | { readonly status: 'ready'; readonly value: T };

export const LOADING: View<never> = { status: 'loading' };
export const EMPTY: View<never> = { status: 'empty' };

export function ready<T>(value: T): View<T> {
  return { status: 'ready', value };
}

export function failed(error: unknown): View<never> {
  return { status: 'error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * What a view says instead of its content (for an export drawn while there is none): its error,
 * or the words for loading and for nothing to show; undefined when it is ready.
 */
export function viewMessage(
  view: View<unknown>,
  words: { readonly loading: string; readonly empty: string },
): string | undefined {
  switch (view.status) {
    case 'error':
      return view.message;
    case 'loading':
      return words.loading;
    case 'empty':
      return words.empty;
    case 'ready':
      return undefined;
  }
}

export interface DataOptions<T> {
  /** The dataset URL: the host's `src`. */
  readonly src: () => string | undefined;
  /** A dataset given by code (the host's `data` property), validated once per object. */
  readonly data?: () => unknown;
  /**
   * The view, from the host's properties and `dataset()`. May throw: the error is shown in place.
   * Called in the host's `willUpdate` (through `update()`), only when something it reads changed.
   */
  readonly derive: () => View<T>;
  /**
   * Whether the host wants a surrounding `<report-data>`'s dataset now (default: always, from its
   * connection on); it is asked for the first time this says yes.
   */
  readonly provided?: () => boolean;
  /** The locale in force (messages are in it; the view is derived again when it changes). */
  readonly locale: () => ReportLocale;
  /**
   * What else the view depends on besides the host's reactive properties, its dataset and its
   * locale: the story step's entry, the reduced-motion setting … (compared by identity).
   */
  readonly inputs?: () => readonly unknown[];
}

/**
 * The one machinery of the elements that show a dataset's items: where the data comes from (the
 * host's own `src`, a surrounding `<report-data>`, or a dataset or an item given by code as a
 * property), validation of what code gives, once per object, and the view — loading, error,
 * empty or ready — derived once per change of what it depends on, so that an element that
 * re-renders at every animation frame does not derive (or validate) again at every frame.
 *
 * Call `update(changed)` in the host's `willUpdate`; render from `view`. The host updates again
 * when its dataset arrives. (The loading is a `DatasetController` of the host's; this one has no
 * lifecycle of its own to follow.)
 */
/** What a view shows when it is ready, else undefined. */
export function readyValue<T>(view: View<T>): T | undefined {
  return view.status === 'ready' ? view.value : undefined;
}

export class DataController<T> {
  /** The view as last derived. */
  get view(): View<T> {
    return this.current;
  }

  /** What the view as last derived shows when it is ready, else undefined. */
  get value(): T | undefined {
    return readyValue(this.current);
  }

  private current: View<T> = LOADING;
  private derivedWith: readonly unknown[] | undefined;
  private readonly datasets: DatasetController;
  private readonly datasetProperty = datasetProperty();
  private checked: { input: unknown; key: string; result: unknown } | undefined;

  constructor(
    host: Host,
    private readonly options: DataOptions<T>,
  ) {
    this.datasets = new DatasetController(host, options.src, options.provided);
  }

  /**
   * The dataset in force: the `data` property (validated) when there is one, else the one loaded
   * from `src`, else the one a surrounding `<report-data>` provides.
   */
  dataset(): DatasetState {
    const own = this.datasets.resolve();
    const data = this.options.data?.();
    return data === undefined ? own : this.datasetProperty(data);
  }

  /**
   * Derives the view when a reactive property of the host changed (`changed`), when its dataset
   * or another input changed, or when it never was; otherwise keeps it.
   */
  update(changed?: PropertyValues): View<T> {
    const inputs = [this.dataset(), this.options.locale(), ...(this.options.inputs?.() ?? [])];
    const same =
      this.derivedWith !== undefined &&
      !changed?.size &&
      inputs.length === this.derivedWith.length &&
      inputs.every((input, i) => input === this.derivedWith?.[i]);
    if (same) return this.current;
    this.derivedWith = inputs;
    try {
      this.current = this.options.derive();
    } catch (error) {
      // Never throw into the page: whatever went wrong is shown in place.
      this.current = failed(error);
    }
    return this.current;
  }

  /**
   * The view from the dataset, when the host shows an item of it: loading while it loads, its
   * error when it failed, `idle()` as the error when there is none at all, else `pick(dataset)`.
   */
  fromDataset(pick: (dataset: Dataset) => View<T>, idle: () => string): View<T> {
    const state = this.dataset();
    switch (state.status) {
      case 'idle':
        return failed(idle());
      case 'loading':
        return LOADING;
      case 'error':
        return failed(state.error.message);
      case 'ready':
        return pick(state.dataset);
    }
  }

  /**
   * The view of an element whose content is given by code as a property or else comes from its
   * dataset: a set `given.value` is validated (`validated()`, the property named `given.name` in
   * messages and paths) and shown by `show`; otherwise the view is `fromDataset(pick, idle)`.
   */
  fromPropertyOrDataset<V>(
    given: {
      readonly value: unknown;
      readonly name: string;
      readonly schema: v.GenericSchema<unknown, V>;
      readonly check?: (value: V) => readonly string[];
    },
    show: (value: V) => View<T>,
    pick: (dataset: Dataset) => View<T>,
    idle: () => string,
  ): View<T> {
    if (given.value === undefined) return this.fromDataset(pick, idle);
    return show(this.validated(given.schema, given.value, given.name, given.name, given.check));
  }

  /**
   * A value given by code, validated against `schema` (and `check`, for what a schema cannot
   * say) once per object: the same object is not validated again at the next update.
   * @param where the name of the value in the paths of messages: `events` → `events[1].when.date: …`
   * @param property the host's property, named in the first line of the message
   * @throws Error naming every problem and its path
   */
  validated<V>(
    schema: v.GenericSchema<unknown, V>,
    input: unknown,
    where: string,
    property: string,
    check?: (value: V) => readonly string[],
  ): V {
    const header = messages(this.options.locale()).data.invalidProperty(property);
    const key = `${where}|${header}`;
    let checked = this.checked;
    if (!checked || checked.input !== input || checked.key !== key) {
      const result = validatePart(schema, input, where);
      const problems = result.ok ? (check?.(result.value) ?? []) : [describeIssues(result.issues)];
      checked = {
        input,
        key,
        result:
          result.ok && problems.length === 0
            ? result.value
            : new Error(`${header}\n${problems.join('\n')}`),
      };
      this.checked = checked;
    }
    const result = checked.result;
    if (result instanceof Error) throw result;
    return result as V;
  }
}
