/**
 * The mechanism behind every table of words: one table per language, the source language's
 * table gives the type, every other table must satisfy it (a missing key is a type error), and one
 * lookup picks a table by locale. `src/i18n/messages.ts` uses it for the elements' words; the site
 * applications use it for their own (so the embed does not carry theirs).
 */

/**
 * The type of a table, from its source: literal strings widen to `string` and functions keep
 * their parameters, so a translation may say anything as long as it says it for every key.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/**
 * The lookup over a set of tables: the table of a locale, or the source locale's table for any
 * other (a tag normalised elsewhere, or a table not written yet).
 */
export function lookup<L extends string, M>(
  tables: Readonly<Record<L, M>>,
  source: NoInfer<L>,
): (locale: string) => M {
  return (locale) => (Object.hasOwn(tables, locale) ? tables[locale as L] : tables[source]);
}

/**
 * What is wrong with a translation against its source, as readable paths: keys it lacks or has
 * in excess, entries of another kind, and words that come out empty (functions are called with
 * sample arguments). An empty list means the table is complete.
 */
export function tableProblems(source: unknown, table: unknown, path = ''): string[] {
  const here = path || '(root)';
  if (typeof source === 'function') {
    if (typeof table !== 'function') return [`${here}: expected a function`];
    return emptyWords(table as (...args: unknown[]) => unknown, source.length, here);
  }
  if (typeof source === 'string') {
    if (typeof table !== 'string') return [`${here}: expected a string`];
    return table === '' ? [`${here}: empty`] : [];
  }
  if (!isRecord(source) || !isRecord(table)) {
    return isRecord(source) === isRecord(table) ? [] : [`${here}: expected a section`];
  }
  const problems: string[] = [];
  for (const key of Object.keys(source)) {
    const at = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(table, key)) problems.push(`${at}: missing`);
    else problems.push(...tableProblems(source[key], table[key], at));
  }
  for (const key of Object.keys(table)) {
    if (!Object.hasOwn(source, key))
      problems.push(`${path ? `${path}.${key}` : key}: not in the source`);
  }
  return problems;
}

function emptyWords(fn: (...args: unknown[]) => unknown, arity: number, at: string): string[] {
  const problems: string[] = [];
  // Arguments are words already formatted (numbers included), so the samples are text.
  for (const sample of ['2', '1', 'x']) {
    const out = fn(...Array.from({ length: Math.max(arity, fn.length) }, () => sample));
    if (typeof out !== 'string' || out === '') {
      problems.push(`${at}(${sample}…): returns ${JSON.stringify(out)}`);
    }
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
