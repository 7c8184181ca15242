import { describe, expect, it } from 'vitest';
import { clampText, clauses, ELLIPSIS, shortenSentence } from '../../src/story/draft-text.js';

const LONG =
  '扎实开展“不忘初心、牢记使命”主题教育，四项重点措施贯穿始终，在解决民生问题中践行初心使命，新招重大项目11个，服务业项目竣工率、集聚度乘数全市领先，城镇居民收入迈入“5万元时代”，同比增长8.3%，30项民生实事全部完成。';

const mark = (text: string, words: string): [number, number] => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`${words} not in text`);
  return [at, at + words.length];
};

describe('clauses', () => {
  it('splits at clause punctuation, keeping closing quotation marks with their clause', () => {
    const parts = clauses('他说：“做大总量。”然后，全面做优质量；完成了。');
    expect(
      parts.map(([s, e]) => '他说：“做大总量。”然后，全面做优质量；完成了。'.slice(s, e)),
    ).toEqual(['他说：', '“做大总量。”', '然后，', '全面做优质量；', '完成了。']);
  });

  it('never splits a number written with an ASCII comma or colon', () => {
    const text = '投资1,234亿元,增长3%;10:30开幕。';
    expect(clauses(text).map(([s, e]) => text.slice(s, e))).toEqual([
      '投资1,234亿元,',
      '增长3%;',
      '10:30开幕。',
    ]);
  });
});

describe('shortenSentence', () => {
  it('keeps a sentence that fits whole', () => {
    expect(shortenSentence('地区生产总值440亿元。', [], 120)).toBe('地区生产总值440亿元。');
  });

  it('keeps the clauses that hold the marks, widened while they fit, with ellipses for the cuts', () => {
    const out = shortenSentence(LONG, [mark(LONG, '5万元')], 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toContain('城镇居民收入迈入“5万元时代”');
    expect(out.startsWith(ELLIPSIS)).toBe(true);
  });

  it('joins distant marked clauses with an ellipsis between them', () => {
    const out = shortenSentence(LONG, [mark(LONG, '11个'), mark(LONG, '30项')], 45);
    expect(out).toMatch(/新招重大项目11个……30项民生实事全部完成。$/);
  });

  it('gives a split sentence only its own clauses', () => {
    const text = '固定资产投资增长6%以上，社会消费品零售总额增长6%左右，进出口总额保持增长。';
    expect(shortenSentence(text, [mark(text, '6%以上')], 120, true)).toBe(
      '固定资产投资增长6%以上……',
    );
    expect(shortenSentence(text, [mark(text, '保持增长')], 120, true)).toBe(
      '……进出口总额保持增长。',
    );
  });

  it('cuts inside one overlong clause only where no number or mark is split', () => {
    const text = `${'甲'.repeat(30)}12345.678亿元${'乙'.repeat(30)}。`;
    for (let max = 20; max < text.length; max += 3) {
      const out = shortenSentence(text, [], max);
      expect(out.endsWith(ELLIPSIS)).toBe(true);
      const kept = out.slice(0, -ELLIPSIS.length);
      // Whatever is kept of the number is the whole number.
      if (/\d/.test(kept)) expect(kept).toContain('12345.678');
    }
  });

  it('prefers the opening clauses when nothing is marked', () => {
    const out = shortenSentence(LONG, [], 30);
    expect(out.startsWith('扎实开展')).toBe(true);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
  });
});

describe('clampText', () => {
  it('cuts Chinese without splitting a number and English between words', () => {
    expect(clampText('城镇居民收入迈入5万元时代同比增长8.3%', 12)).toBe('城镇居民收入迈入……');
    expect(clampText('steadily 1st among the urban districts', 24)).toBe('steadily 1st among the…');
    expect(clampText('short', 24)).toBe('short');
  });
});
