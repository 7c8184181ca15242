// The peer of <report-deck>: reveal.js with its own stylesheet. A theme is left out: reveal's
// themes inline their web fonts (black.css is 575 KB), which report-story's deck does not load.
import 'reveal.js/reveal.css';

export { default as Reveal } from 'reveal.js';
