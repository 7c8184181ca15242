import { describe, expect, it } from 'vitest';
import {
  annularSector,
  targetDomain,
  linearScale,
  niceCeil,
  polar,
} from '../../src/target/geometry.js';

describe('gauge geometry', () => {
  it('maps a domain linearly onto a range and clamps outside it', () => {
    const x = linearScale([0, 10], [20, 220]);
    expect([x(0), x(5), x(10), x(-3), x(99)]).toEqual([20, 120, 220, 20, 220]);
    expect(linearScale([2, 2], [0, 1])(2)).toBe(0);
  });

  it('rounds a maximum up to a round number', () => {
    expect([7.8, 2.76, 0.013, 440, 1, 9.6, 10.2].map(niceCeil)).toEqual([
      8, 3, 0.015, 500, 1, 10, 12,
    ]);
    expect(niceCeil(0)).toBe(0);
  });

  it('chooses a domain that holds every number with room above the highest', () => {
    expect(targetDomain([6.5, 6.5])).toEqual([0, 8]);
    expect(targetDomain([2.3, 2.28])).toEqual([0, 3]);
    expect(targetDomain([6, 6.5, undefined])).toEqual([0, 8]);
    expect(targetDomain([-3, 2])).toEqual([-4, 2.5]);
    expect(targetDomain([])).toEqual([-1, 3]);
    expect(targetDomain([Number.NaN])).toEqual([-1, 3]);
  });

  it('places points clockwise from twelve o’clock', () => {
    expect(polar(100, 100, 50, 0)).toEqual([100, 50]);
    expect(polar(100, 100, 50, Math.PI / 2)).toEqual([150, 100]);
    expect(polar(100, 100, 50, -Math.PI / 2)).toEqual([50, 100]);
  });

  it('draws a ring piece as one closed path, and nothing for an empty one', () => {
    expect(annularSector(100, 100, 40, 50, -Math.PI / 2, Math.PI / 2)).toBe(
      'M50,100A50,50 0 0 1 150,100L140,100A40,40 0 0 0 60,100Z',
    );
    expect(annularSector(100, 100, 40, 50, 1, 1)).toBe('');
  });
});
