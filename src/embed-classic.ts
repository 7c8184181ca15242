/**
 * The classic-script embed (`dist/report-story.classic.js`), for CMSs that strip
 * `type="module"`: every element registered, nothing exported, so the IIFE adds no global.
 */
import './all.js';
