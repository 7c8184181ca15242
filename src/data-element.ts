import type { PropertyValues } from 'lit';
import { DataController, type DataOptions } from './controllers/data-controller.js';
import { ReportElement } from './element.js';

/**
 * A report-story element that shows a dataset's items (counter, gauge, timeline, pillars): a
 * {@link ReportElement} with data sources. Kept apart from `ReportElement` so that the elements
 * that show no items (the scroller) do not carry the data loader and its validation.
 */
export abstract class ReportDataElement extends ReportElement {
  /** The element's data sources (`dataSource()`), derived in this order at each update. */
  private readonly dataSources: DataController<unknown>[] = [];

  /**
   * The element's data: where it comes from (`src`, a surrounding `<report-data>`, a property), its
   * validation and its view (see `DataController`). Its view is derived in `willUpdate`, once the
   * locale in force is known and before any controller's `hostUpdate` and the render — and only
   * when a reactive property, the dataset, the locale or another input changed: an animation
   * frame that updates the element without changing its inputs derives nothing.
   */
  protected dataSource<T>(
    options: Omit<DataOptions<T>, 'locale'> & Partial<Pick<DataOptions<T>, 'locale'>>,
  ): DataController<T> {
    // Messages and formats are in the element's locale unless told otherwise.
    const source = new DataController<T>(this, { locale: () => this.resolvedLocale, ...options });
    this.dataSources.push(source);
    return source;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const source of this.dataSources) source.update(changed);
  }
}
