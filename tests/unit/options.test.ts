import { describe, expect, it } from 'vitest';
import {
  choice,
  finite,
  finiteOr,
  integerIn,
  keyword,
  maybeFinite,
  maybeUnit,
  OptionError,
  unit,
  type OptionContext,
} from '../../src/options/options.js';
import { COMPARATORS } from '../../src/target/status.js';

const zh: OptionContext = { locale: 'zh-CN' };
const en: OptionContext = { locale: 'en' };
/** As an element reads its options: the attribute text as the page wrote it. */
const page: OptionContext = { locale: 'en', raw: (name) => (name === 'value' ? 'lots' : null) };

describe('options that choose what the data means fail fast, naming the option and the value', () => {
  it('numbers', () => {
    expect(finite(6.5, 'value', zh)).toBe(6.5);
    expect(maybeFinite(undefined, 'value', zh)).toBeUndefined();
    expect(maybeFinite(null, 'value', zh)).toBeUndefined();
    expect(() => finite(undefined, 'value', en)).toThrow('value="" is not a number.');
    expect(() => maybeFinite(Number.NaN, 'value', page)).toThrow('value="lots" is not a number.');
    expect(() => maybeFinite(Infinity, 'year', zh)).toThrow('year="Infinity" 不是数字。');
    expect(() => finite(Number.NaN, 'value', page)).toThrow(OptionError);
  });

  it('keywords, from the list the schema defines', () => {
    expect(COMPARATORS).toEqual(['at-least', 'at-most', 'about', 'keep-growing', 'in-step-with']);
    expect(keyword(' about ', 'comparator', COMPARATORS, en)).toBe('about');
    expect(() => keyword('more', 'comparator', COMPARATORS, en)).toThrow(
      'comparator="more" is not one of at-least, at-most, about, keep-growing, in-step-with.',
    );
    expect(() => keyword('more', 'comparator', COMPARATORS, zh)).toThrow(
      'comparator="more" 应为 at-least、at-most、about、keep-growing、in-step-with 之一。',
    );
    expect(() => keyword(undefined, 'comparator', COMPARATORS, en)).toThrow('comparator=""');
  });

  it('report units', () => {
    expect(unit('亿元', 'unit', zh)).toBe('亿元');
    expect(maybeUnit(' % ', 'unit', zh)).toBe('%');
    expect(maybeUnit('', 'unit', zh)).toBeUndefined();
    expect(maybeUnit(undefined, 'unit', zh)).toBeUndefined();
    expect(() => maybeUnit('dollars', 'unit', en)).toThrow(
      /^unit="dollars" is not a report unit \(for example .+ …\)\.$/,
    );
    expect(() => unit(undefined, 'unit', zh)).toThrow(/^unit="" 不是报告单位（例如 .+ …）。$/);
  });
});

describe('options that only choose how it looks fall back to their default', () => {
  it('choices, numbers and whole numbers in a range', () => {
    expect(choice('bar', ['arc', 'bar'] as const, 'arc')).toBe('bar');
    expect(choice('circle', ['arc', 'bar'] as const, 'arc')).toBe('arc');
    expect(choice(undefined, ['arc', 'bar'] as const, 'arc')).toBe('arc');
    expect(finiteOr(300, 1000)).toBe(300);
    expect(finiteOr(Number.NaN, 1000)).toBe(1000);
    expect(finiteOr(undefined, 1000)).toBe(1000);
    expect(integerIn(4.7, 1, 6, 3)).toBe(4);
    expect(integerIn(9, 1, 6, 3)).toBe(3);
    expect(integerIn(Number.NaN, 1, 6, 3)).toBe(3);
  });
});
