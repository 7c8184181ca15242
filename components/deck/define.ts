import { defineElement } from '../../src/define.js';
import { ReportDeck, type DeckBlankDetail, type SlideChangeDetail } from './deck.js';

defineElement('report-deck', ReportDeck);

export { ReportDeck };

declare global {
  interface HTMLElementTagNameMap {
    'report-deck': ReportDeck;
  }
  interface HTMLElementEventMap {
    'report-slide-change': CustomEvent<SlideChangeDetail>;
    'report-deck-blank': CustomEvent<DeckBlankDetail>;
  }
}
