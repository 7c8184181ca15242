/**
 * The extractor against the corpus of real reports (`tests/fixtures/reports/`): recall, precision
 * and the share of fragment labels, per report, per kind of report and in total, printed; the test
 * fails below 95 % recall, below 97 % precision or above 3 % fragment labels (README there).
 */
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/extract/extract.js';
import {
  loadCorpus,
  scoreLine,
  scoreReport,
  totals,
  type ReportScore,
} from './extract-corpus-score.js';

const corpus = loadCorpus(new URL('../fixtures/reports/', import.meta.url));

describe('the extractor on the corpus of real reports', () => {
  const scores: ReportScore[] = corpus.map((report) => {
    const { dataset } = extractDraft(report.text, { file: `${report.slug}.txt` });
    return scoreReport(report, dataset);
  });

  it('holds at least eight real reports, two of them in traditional characters', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(8);
    const traditional = corpus.filter((r) => r.labelled.source.script === 'traditional');
    expect(traditional.length).toBeGreaterThanOrEqual(2);
    // Issue 13 also asks for two reports of over 5,000 characters: said here, asked of the corpus.
    const long = corpus.filter((r) => Array.from(r.text).length > 5000);
    if (long.length < 2) {
      console.warn(
        `the corpus holds ${long.length} report(s) of over 5,000 characters; issue 13 asks for two`,
      );
    }
  });

  it('finds ≥ 95 % of the labelled items, ≥ 97 % of what it finds is labelled, ≤ 3 % fragment labels', () => {
    const lines = [
      ...scores.map((s) => scoreLine(s.slug, [s])),
      '',
      ...(['work-report', 'communique', 'plenary-news'] as const).map((kind) =>
        scoreLine(
          `(${kind})`,
          scores.filter((s) => s.kind === kind),
        ),
      ),
      ...(['simplified', 'traditional'] as const).map((script) =>
        scoreLine(
          `(${script})`,
          scores.filter((s) => s.script === script),
        ),
      ),
      scoreLine('TOTAL', scores),
    ];
    console.warn(`\n${lines.join('\n')}\n`);
    if (process.env.CORPUS_DETAIL) {
      for (const s of scores) {
        console.warn(
          [
            `== ${s.slug}`,
            ...s.misses.map((m) => `  miss   ${m}`),
            ...s.wrong.map((m) => `  wrong  ${m}`),
            ...s.fragmentLabels.map((m) => `  frag   ${m}`),
          ].join('\n'),
        );
      }
    }
    const t = totals(scores);
    expect.soft(t.recall, 'recall').toBeGreaterThanOrEqual(0.95);
    expect.soft(t.precision, 'precision').toBeGreaterThanOrEqual(0.97);
    expect.soft(t.fragmentShare, 'fragment labels').toBeLessThanOrEqual(0.03);
  });
});
