/**
 * The one script of the pages `report-story site` writes (built into the site kit as a classic
 * script, so the pages also run opened from a folder): a `<body class="deck-page">` shows the
 * page's story as a deck, any other page as a scroll story. Its stylesheet is imported here so that
 * the kit build writes it beside the script (assets/story.css).
 */
import { mountDeckPage, mountStoryPage } from './page.js';
import './story.css';

if (document.body.classList.contains('deck-page')) void mountDeckPage();
else void mountStoryPage('scroll');
