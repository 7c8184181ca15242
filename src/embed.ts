/**
 * The one-file embed (`dist/report-story.js`): every element registered, nothing else global.
 * A web editor loads it with one `<script type="module">` and writes the tags.
 */
import './all.js';
