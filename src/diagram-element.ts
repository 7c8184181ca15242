import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { rovingIndex } from './a11y/roving.js';
import { readyValue, viewMessage, type DataController } from './controllers/data-controller.js';
import { ReportDataElement } from './data-element.js';
import type { ReportLocale } from './i18n/messages.js';
import type { SvgPalette } from './svg/palette.js';

/** What every diagram's export takes, whatever it draws. */
export interface DiagramExport {
  readonly locale: ReportLocale;
  /** The colours and fonts in force on the element. */
  readonly palette: SvgPalette;
  /** Width in px; the export's default when undefined. */
  readonly width: number | undefined;
  /** What to say instead of the diagram while it has nothing to draw (loading, an error). */
  readonly message: string | undefined;
}

/** An element's export code, loaded on first use (see `loadExport`). */
export interface DiagramExporter<S> {
  /** The theme's colours and fonts in force inside the element's shadow root. */
  readonly readPalette: (root: ShadowRoot | null) => SvgPalette;
  /** The standalone SVG of `shown` (undefined: nothing to draw but the message). */
  readonly draw: (shown: S | undefined, common: DiagramExport) => string;
}

/**
 * A part of a dataset drawn as a diagram the reader moves through by keyboard: the timeline's
 * events, the pillars' programme. It holds what they share: showing the view of their data (a
 * status line while loading or empty), one tab stop among the items' buttons (`data-id`) moved by
 * the arrow keys, Home and End, and the export as a standalone SVG. Each element derives what it
 * shows (`S`) in its `source`, and draws it (`renderShown`, and `loadExport` for the export).
 */
export abstract class ReportDiagramElement<S> extends ReportDataElement {
  /** The item that holds the tab stop (the last one the reader moved to). */
  @state() protected focusId: string | undefined;

  /** The element's data, from `dataSource()`. */
  protected abstract readonly source: DataController<S>;

  /** What a ready diagram shows, else undefined. */
  protected get shown(): S | undefined {
    return this.source.value;
  }

  /** The status lines while the data loads and when it has nothing to show, in the locale in force. */
  protected abstract statusWords(): { readonly loading: string; readonly empty: string };

  /** The diagram of a ready view. */
  protected abstract renderShown(shown: S): TemplateResult;

  /** Loads the element's export code (a module of its own, imported on first use). */
  protected abstract loadExport(): Promise<DiagramExporter<S>>;

  override render(): TemplateResult {
    const text = this.statusWords();
    return this.renderView(this.source.view, {
      loading: () => this.renderStatus(text.loading, true),
      empty: text.empty,
      ready: (shown) => this.renderShown(shown),
    });
  }

  /**
   * A standalone SVG of the diagram in its final state, with the theme's colours resolved and all
   * text escaped. `width` is in px (default 1200). The export's code loads on first use, hence the
   * promise.
   */
  async toSVG(options: { width?: number } = {}): Promise<string> {
    const view = this.hasUpdated ? this.source.view : this.source.update();
    const locale = this.resolvedLocale;
    const { readPalette, draw } = await this.loadExport();
    return draw(readyValue(view), {
      locale,
      palette: readPalette(this.shadowRoot),
      width: options.width,
      message: viewMessage(view, this.statusWords()),
    });
  }

  /**
   * A key pressed on one of `items`' buttons: the arrow keys, Home and End move the tab stop and
   * the focus to another item; Escape runs `close`, when there is something to close. Keys with a
   * modifier, and keys from outside the items' buttons, are left alone.
   */
  protected moveAmong(
    e: KeyboardEvent,
    items: readonly { readonly id: string }[],
    close: (() => void) | undefined,
  ): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const id = (e.target as HTMLElement | null)?.closest('[data-id]')?.getAttribute('data-id');
    const current = items.findIndex((item) => item.id === id);
    if (current < 0) return;
    if (e.key === 'Escape') {
      if (close) {
        e.preventDefault();
        close();
      }
      return;
    }
    const next = rovingIndex(e.key, current, items.length);
    if (next === undefined) return;
    e.preventDefault();
    const target = items[next];
    if (!target) return;
    this.focusId = target.id;
    this.buttonFor(target.id)?.focus();
  }

  /** The button of the item `id`. */
  protected buttonFor(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`);
  }
}
