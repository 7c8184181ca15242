/**
 * Runs before every browser test file and every story test.
 *
 * Lit's development build is used in tests because it reports real mistakes (a change scheduled
 * during an update, a class field shadowing a reactive property …). Its one-time "dev mode" notice
 * is not such a mistake and is silenced; every other Lit warning fails the test that caused it.
 */
import { afterEach, expect } from 'vitest';

declare global {
  // Lit reads this set to decide which warnings it has already issued.
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/\bLit\b|lit\.dev\/msg/.test(text)) litWarnings.push(text);
  warn(...args);
};

afterEach(() => {
  const found = litWarnings.splice(0);
  expect(found, 'Lit warned during this test').toEqual([]);
});
