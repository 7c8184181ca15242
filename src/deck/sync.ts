/**
 * Which of two windows showing one deck (the audience's slides and the speaker view) is right:
 * each state carries when it was made, and a window follows the other only when the other's
 * state is newer — so an answer that crossed a newer move on the way is ignored.
 */
import type { DeckSync } from '../controllers/deck-channel-controller.js';

type Shown = Pick<DeckSync, 'index' | 'blank'>;

export class SyncClock {
  /** When the shown state was made, here or in the other window. */
  at = 0;
  /** The state last sent or adopted; undefined until the slides are first shown. */
  private synced: Shown | undefined;

  /**
   * A window (re)connects: a deck's state dates from now; a speaker view's from nothing, so it
   * adopts the deck's at once.
   */
  start(speaker: boolean): void {
    this.at = speaker ? 0 : Date.now();
    this.synced = undefined;
  }

  /**
   * The window shows `state`: `first` when it is the first state shown (where a window starts is
   * not a move), `moved` when it differs from the last one sent or adopted (and so is newer now),
   * undefined when nothing changed.
   */
  shown(state: Shown): 'first' | 'moved' | undefined {
    const synced = this.synced;
    this.synced = { index: state.index, blank: state.blank };
    if (!synced) return 'first';
    if (state.index === synced.index && state.blank === synced.blank) return undefined;
    this.at = Math.max(Date.now(), this.at + 1);
    return 'moved';
  }

  /** Whether to follow the other window's state (it is newer); remembers it when so. */
  adopt(state: DeckSync, index: number): boolean {
    if (state.at <= this.at) return false;
    this.at = state.at;
    this.synced = { index, blank: state.blank };
    return true;
  }
}
