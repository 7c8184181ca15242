import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Bytes } from '../../src/data/sha256.js';

const node = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it('gives the standard digests of the empty text and "abc"', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes of Chinese text, and agrees with node:crypto on the report', () => {
    const report = readFileSync(
      new URL('../../data/report/gangzha-2019-plenary.md', import.meta.url),
      'utf8',
    );
    expect(sha256(report)).toBe(node(report));
    expect(sha256('港闸区，2019年')).toBe(node('港闸区，2019年'));
  });

  it('agrees with node:crypto at every length around the block boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256Bytes(bytes), `length ${length}`).toBe(node(bytes));
    }
  });
});
