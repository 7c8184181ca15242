/** `deck.html`: the story as a presenter's deck (or, with `?view=speaker`, its speaker view). */
import { mountStoryPage } from './page.js';

/** A deck page is for presenting: its keys work at once, without a click first. */
function focusDeck(): void {
  document.querySelector('report-deck')?.focus();
}

void mountStoryPage('deck').then(() => {
  // Focus given while the page is still loading is lost when loading ends.
  if (document.readyState === 'complete') focusDeck();
  else window.addEventListener('load', focusDeck, { once: true });
});
