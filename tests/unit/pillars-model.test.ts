import { describe, expect, it } from 'vitest';
import {
  activePillar,
  orderedPillars,
  programmeIssues,
  revealOrder,
  revealedParts,
} from '../../src/pillars/model.js';
import { pillarsSVG } from '../../src/pillars/svg.js';
import { validatePart } from '../../src/data/validate.js';
import { ProgrammeSchema } from '../../src/data/schema.js';
import { gangzhaProgramme, programmeWith } from '../fixtures/programmes.js';

describe('revealOrder and revealedParts', () => {
  it('reveals the roof, then the pillars in number order, then the foundation', () => {
    const programme = gangzhaProgramme();
    programme.pillars.reverse();
    expect(revealOrder(programme)).toEqual([
      'roof',
      'pillar:industry',
      'pillar:projects',
      'pillar:city',
      'pillar:environment',
      'pillar:livelihoods',
      'foundation',
    ]);
    const shown = (n: number | undefined) => {
      const result = revealedParts(programme, n);
      return result.ok ? [...result.shown] : result.message;
    };
    expect(shown(0)).toEqual([]);
    expect(shown(2)).toEqual(['roof', 'pillar:industry']);
    expect(shown(undefined)).toHaveLength(7);
    expect(shown(99)).toHaveLength(7);
  });

  it('names a reveal that is not a whole number of parts', () => {
    const programme = gangzhaProgramme();
    for (const bad of [Number.NaN, -1, 1.5]) {
      const result = revealedParts(programme, bad);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.message).toMatch(
          /^reveal: expected a whole number of parts from 0 to 7, got /,
        );
    }
  });

  it('has no foundation part when the programme has none', () => {
    const programme = gangzhaProgramme();
    delete programme.foundation;
    expect(revealOrder(programme).at(-1)).toBe('pillar:livelihoods');
  });
});

describe('activePillar', () => {
  const programme = gangzhaProgramme();
  it('finds a pillar by id, or by number when no id matches', () => {
    const byId = activePillar(programme, 'city');
    const byNumber = activePillar(programme, '3');
    expect(byId.ok && byId.pillar?.id).toBe('city');
    expect(byNumber.ok && byNumber.pillar?.id).toBe('city');
    const none = activePillar(programme, ' ');
    expect(none.ok && none.pillar).toBeUndefined();
  });

  it('names an unknown pillar and lists the known ones', () => {
    const result = activePillar(programme, '9');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe(
        'active: no pillar has the id or number "9" (pillars: 1 industry, 2 projects, 3 city, 4 environment, 5 livelihoods)',
      );
    }
  });
});

describe('programme checks', () => {
  it('accepts the generated programmes of 3 to 8 pillars and the report’s own', () => {
    for (const programme of [
      gangzhaProgramme(),
      ...[3, 5, 8].map((n) => programmeWith(n, { long: true })),
    ]) {
      expect(validatePart(ProgrammeSchema, programme, 'programme').ok).toBe(true);
      expect(programmeIssues(programme)).toEqual([]);
    }
  });

  it('names duplicate numbers and ids with their paths', () => {
    const programme = gangzhaProgramme();
    programme.pillars[4] = { ...programme.pillars[4]!, number: 2, id: 'industry' };
    expect(programmeIssues(programme)).toEqual([
      'programme.pillars[4].number: pillar number 2 is also used by programme.pillars[1]',
      'programme.pillars[4].id: duplicate id "industry" in the programme',
    ]);
  });

  it('validates a programme given on its own with path-named messages', () => {
    const result = validatePart(
      ProgrammeSchema,
      { ...gangzhaProgramme(), roof: { text: 'x' } },
      'programme',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('programme.roof.text');
  });

  it('orders pillars by number', () => {
    const programme = gangzhaProgramme();
    programme.pillars.reverse();
    expect(orderedPillars(programme).map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('pillarsSVG', () => {
  it('draws every part in both locales with escaped text', () => {
    const programme = programmeWith(3, { markup: true });
    const zh = pillarsSVG(programme, { locale: 'zh-CN' });
    expect(zh).toContain('产业提档&lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(zh).not.toMatch(/<b>|<script>/);
    const en = pillarsSVG(programme, { locale: 'en', active: 'pillar-2' });
    expect(en).toContain('&lt;script&gt;alert(0)&lt;/script&gt;');
    expect(en).toContain('xml:lang="en"');
  });

  it('grows in height with wrapped labels and never in width', () => {
    const short = pillarsSVG(programmeWith(8), { locale: 'en', width: 1200 });
    const long = pillarsSVG(programmeWith(8, { long: true }), { locale: 'en', width: 1200 });
    const size = (svg: string) => /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number);
    expect(size(short)[0]).toBe(1200);
    expect(size(long)[0]).toBe(1200);
    expect(size(long)[1]!).toBeGreaterThan(size(short)[1]!);
  });
});
