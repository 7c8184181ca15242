/** `deck.html`: the story as a presenter's deck (or, with `?view=speaker`, its speaker view). */
import { mountDeckPage } from './page.js';

void mountDeckPage();
