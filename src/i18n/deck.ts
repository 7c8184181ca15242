/**
 * `<report-deck>`'s words in every language (`zh-CN/deck.ts`, the source, and
 * `en/deck.ts`), by locale. Apart from the shared words (`messages`), so that they travel with the
 * elements that use them, not in the embed's core.
 */
import { deck as en } from './en/deck.js';
import { section } from './messages.js';
import { deck as zhCN } from './zh-CN/deck.js';

export const deckWords = section({ 'zh-CN': zhCN, en });

export type { DeckWords } from './zh-CN/deck.js';
