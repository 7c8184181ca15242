/** `index.html`: the story as a scroll story. */
import { mountStoryPage } from './page.js';

// The project's own story page has the studio beside it.
void mountStoryPage('scroll', undefined, { studio: true });
