/** `index.html`: the story as a scroll story. */
import { mountStoryPage } from './page.js';

void mountStoryPage('scroll');
