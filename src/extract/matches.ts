/**
 * The matches of a global pattern in a window of a text, the one loop the phrase readers share.
 */

/** One match and where it starts in the whole text. */
export interface MatchAt {
  readonly at: number;
  readonly m: RegExpExecArray;
}

/**
 * The matches of the global pattern `re` in `text[from, to)`, each with `at`, its start in `text`.
 * Only the window is searched: callers scan sentence by sentence through long reports. `m.index`
 * stays relative to the window, so that a caller may move `re.lastIndex` from it between matches
 * (to step past part of a match only). Empty matches are stepped over.
 */
export function* matchesIn(
  re: RegExp,
  text: string,
  from = 0,
  to = text.length,
): Generator<MatchAt, void, undefined> {
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield { at: from + m.index, m };
  }
}
