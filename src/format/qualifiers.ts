/**
 * The words a report puts around a number to say how exact it is (预计, 突破, 左右, 以上 …).
 *
 * Keys are stable English identifiers used in the dataset; each knows its Chinese word, its
 * English phrase and on which side of the number each language puts it.
 */

export interface QualifierInfo {
  /** The report's word. */
  readonly zh: string;
  /** Other spellings a report may use for the same meaning. */
  readonly zhAlso?: readonly string[];
  /** Where the Chinese word stands: 预计440亿元 (before), 6.5%以上 (after). */
  readonly zhPosition: 'before' | 'after';
  /** The English phrase, always before the number ("at least 6.5%"). */
  readonly en: string;
}

export const QUALIFIERS = {
  estimated: { zh: '预计', zhAlso: ['预计完成', '预期'], zhPosition: 'before', en: 'est.' },
  over: { zh: '突破', zhAlso: ['超过', '超'], zhPosition: 'before', en: 'over' },
  nearly: { zh: '近', zhAlso: ['接近'], zhPosition: 'before', en: 'nearly' },
  about: { zh: '左右', zhAlso: ['约'], zhPosition: 'after', en: 'about' },
  'at-least': { zh: '以上', zhAlso: ['不低于'], zhPosition: 'after', en: 'at least' },
  'at-most': { zh: '以内', zhAlso: ['以下', '不超过'], zhPosition: 'after', en: 'at most' },
  'like-for-like': { zh: '同口径', zhPosition: 'before', en: 'like-for-like' },
} as const satisfies Record<string, QualifierInfo>;

export type Qualifier = keyof typeof QUALIFIERS;

export const QUALIFIER_KEYS = Object.keys(QUALIFIERS) as Qualifier[];

export function isQualifier(value: unknown): value is Qualifier {
  return typeof value === 'string' && Object.hasOwn(QUALIFIERS, value);
}

/** Finds the qualifier a Chinese word stands for (`'突破'` → `'over'`). */
export function qualifierFromWord(word: string): Qualifier | undefined {
  for (const key of QUALIFIER_KEYS) {
    const info: QualifierInfo = QUALIFIERS[key];
    if (info.zh === word || info.zhAlso?.includes(word)) return key;
  }
  return undefined;
}
