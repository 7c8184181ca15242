/**
 * `report-story/extract`: the extractor for Node (it carries OpenCC's traditional→simplified
 * tables, so it is a separate entry and never part of the browser bundle).
 */
export { extractDraft, ExtractError, type ExtractOptions, type ExtractResult } from './extract.js';
export { normalizeText, toOriginal, fromOriginal, type Normalized } from './normalize.js';
export { segment, type Segmentation, type Sentence, type Block } from './sentences.js';
export { findNumbers, parseChineseNumeral, NOT_NUMERALS, type NumberToken } from './numerals.js';
export {
  readQuantities,
  readChanges,
  readStreaks,
  readDates,
  readTargetPhrase,
} from './phrases.js';
export { readRanks, readRankMoves } from './ranks.js';
export { toSimplified } from './simplify.js';
