/**
 * The studio's project model on the Gangzha report, read by the real extractor: decisions and the
 * count an editor sees, the state of every number, id checks, label edits, figures made from unused
 * numbers, the reviewed dataset (rejections and renames followed through references, `draft`
 * cleared only when nothing is left to review), and the story following renames and rejections.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate.js';
import { draftStory } from '../../src/story/draft.js';
import { checkStoryReferences, validateStory } from '../../src/story/validate.js';
import {
  addFigure,
  checkId,
  countReview,
  decide,
  editItem,
  markNumbers,
  removeAdded,
  reviewedDataset,
  reviewItems,
} from '../../site/studio/model.js';
import { itemKey, newProject, type Project } from '../../site/studio/project.js';
import { readFigure, readReport } from '../../site/studio/read-report.js';
import { renameIds, storyForDataset } from '../../site/studio/story-edit.js';

const FILE = 'gangzha-2019-plenary.md';
const TEXT = readFileSync(new URL(`../../data/report/${FILE}`, import.meta.url), 'utf8');

let base: Project;

beforeAll(() => {
  const read = readReport(TEXT, FILE);
  base = newProject(
    { text: TEXT, file: FILE, sha256: read.sha256, encoding: 'utf-8' },
    read.extraction,
    { id: 'p1', now: '2024-01-01T00:00:00.000Z' },
  );
});

const counts = (p: Project) => {
  const items = reviewItems(p);
  return countReview(items, markNumbers(p, items));
};

describe('the review of a fresh draft', () => {
  it('has every figure, target and event to review, and counts the numbers no item holds', () => {
    const d = base.extraction.dataset;
    const items = reviewItems(base);
    expect(items.length).toBe(
      d.figures.length + d.targets.length + d.events.length + (d.programme ? 1 : 0),
    );
    expect(items.every((i) => i.state === 'review')).toBe(true);
    const c = counts(base);
    expect(c).toMatchObject({ accepted: 0, rejected: 0, review: items.length });
    // The extractor's own notes list the numbers it left unused: here they are unused too, but
    // for one an item's label writes (五 of 五大行业营收, the label of an honour).
    const noted = base.extraction.notes
      .map((n) => /^number ".+" at (\d+) not used/.exec(n)?.[1])
      .filter((at) => at !== undefined)
      .map(Number);
    const marked = markNumbers(base, items);
    const unused = marked.filter((n) => n.state === 'unused');
    const inLabels = marked.filter((n) => noted.includes(n.start) && n.state !== 'unused');
    expect(
      inLabels.map((n) =>
        items.find((i) => i.key === n.item)?.label.zh.includes(TEXT[n.start] ?? ''),
      ),
    ).toEqual([true]);
    expect(unused.map((n) => n.start).sort((a, b) => a - b)).toEqual(
      noted.filter((at) => !inLabels.some((n) => n.start === at)).sort((a, b) => a - b),
    );
    expect(c.unused).toBe(unused.length);
    expect(c.unused).toBeGreaterThan(0);
    // A number in an item's label, as its sentence writes it, is the item's (万 of 万人发明专利).
    const tenThousand = TEXT.indexOf('万人发明专利');
    expect(markNumbers(base, items).find((n) => n.start === tenThousand)?.item).toBe(
      itemKey('figure', 'patents-per-10k-2019'),
    );
    // The programme's name holds its number (五 of “五提工程”), wherever it is written.
    const five = TEXT.indexOf('五提工程');
    expect(markNumbers(base, items).find((n) => n.start === five)?.item).toBe(
      itemKey('programme', 'programme'),
    );
  });

  it('marks the number of an item with the item, and its state follows the decision', () => {
    const gdp = reviewItems(base).find((i) => i.id === 'gdp-2019');
    expect(gdp?.label.zh).toBe('地区生产总值');
    const at = TEXT.indexOf('440亿元');
    const number = () => (p: Project) => markNumbers(p, reviewItems(p)).find((n) => n.start === at);
    expect(number()(base)).toMatchObject({ text: '440亿', state: 'review', item: gdp?.key });
    const accepted = decide(base, [gdp?.key ?? ''], 'accepted');
    expect(number()(accepted)?.state).toBe('accepted');
    const rejected = decide(base, [gdp?.key ?? ''], 'rejected');
    expect(number()(rejected)?.state).toBe('rejected');
    expect(counts(rejected)).toMatchObject({ rejected: 1, accepted: 0 });
    expect(number()(decide(rejected, [gdp?.key ?? ''], undefined))?.state).toBe('review');
  });

  it('leaves the numbers of headings and list markers out of the count', () => {
    const structural = base.extraction.numbers.filter((n) => n.structural);
    expect(structural.length).toBeGreaterThan(0);
    const marked = markNumbers(base, reviewItems(base));
    for (const n of structural) expect(marked.some((m) => m.start === n.start)).toBe(false);
  });
});

describe('ids and labels', () => {
  const key = itemKey('figure', 'gdp-2019');

  it('checks the pattern, the length and uniqueness across the dataset', () => {
    expect(checkId(base, key, '')).toEqual({ problem: 'empty' });
    expect(checkId(base, key, 'GDP 2019')).toEqual({ problem: 'pattern' });
    expect(checkId(base, key, 'gdp--2019')).toEqual({ problem: 'pattern' });
    expect(checkId(base, key, 'a'.repeat(81))).toEqual({ problem: 'length' });
    const other = base.extraction.dataset.figures[1]?.id ?? '';
    expect(checkId(base, key, other)).toEqual({
      problem: 'taken',
      by: itemKey('figure', other),
    });
    const chapter = base.extraction.dataset.chapters[0]?.id ?? '';
    expect(checkId(base, key, chapter)).toMatchObject({ problem: 'taken' });
    expect(checkId(base, key, 'gdp')).toBeUndefined();
    expect(checkId(base, key, 'gdp-2019')).toBeUndefined();
  });

  it('refuses a bad id and an empty Chinese label, and applies good edits', () => {
    expect(editItem(base, key, { id: 'Bad Id' })).toEqual({ refused: { problem: 'pattern' } });
    expect(editItem(base, key, { label: { zh: '  ' } })).toEqual({ refused: 'label-empty' });
    const edited = editItem(base, key, { id: 'gdp', label: { zh: ' 地区生产总值 ', en: 'GDP' } });
    if ('refused' in edited) throw new Error('refused');
    const item = reviewItems(edited).find((i) => i.key === key);
    expect(item).toMatchObject({ id: 'gdp', label: { zh: '地区生产总值', en: 'GDP' } });
    // The old id is free again for nothing else: another item cannot take it (it is the original).
    const second = itemKey('figure', base.extraction.dataset.figures[1]?.id ?? '');
    expect(checkId(edited, second, 'gdp')).toMatchObject({ problem: 'taken' });
  });
});

describe('the reviewed dataset', () => {
  it('keeps draft while anything is to review, and clears it only when nothing is', () => {
    const keys = reviewItems(base).map((i) => i.key);
    expect(reviewedDataset(base).draft).toBe(true);
    const allButOne = decide(base, keys.slice(1), 'accepted');
    expect(reviewedDataset(allButOne).draft).toBe(true);
    const all = decide(allButOne, keys.slice(0, 1), 'rejected');
    const dataset = reviewedDataset(all);
    expect(dataset.draft).toBeUndefined();
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.figures.length + dataset.targets.length + dataset.events.length).toBe(
      keys.length - 1 - (base.extraction.dataset.programme ? 1 : 0),
    );
  });

  it('follows a renamed or rejected baseline figure into the targets', () => {
    const target = base.extraction.dataset.targets.find((t) => t.baseline);
    const figureId = target?.baseline?.figure ?? '';
    expect(figureId).not.toBe('');
    const key = itemKey('figure', figureId);
    const renamed = editItem(base, key, { id: 'renamed-baseline' });
    if ('refused' in renamed) throw new Error('refused');
    const d1 = reviewedDataset(renamed);
    expect(d1.targets.find((t) => t.id === target?.id)?.baseline?.figure).toBe('renamed-baseline');
    expect(validateDataset(d1).ok).toBe(true);
    const d2 = reviewedDataset(decide(base, [key], 'rejected'));
    expect(d2.figures.some((f) => f.id === figureId)).toBe(false);
    expect(d2.targets.find((t) => t.id === target?.id)?.baseline).toBeUndefined();
  });

  it('adds a figure read at an unused number, and removes it again', () => {
    const unused = markNumbers(base, reviewItems(base)).filter((n) => n.state === 'unused');
    // Gangzha's unused numbers are mostly names and ordinals (八届八次): those are refused with a
    // reason; one with a unit (四项重点措施) reads as a figure whose label the editor then writes.
    const tried = unused.map((n) => readFigure(TEXT, n, 'zh-Hans', []));
    const ordinal = unused.findIndex((n) => n.start === TEXT.indexOf('八届八次'));
    expect(tried[ordinal]).toMatchObject({ problem: expect.any(String) });
    type Read = Exclude<(typeof tried)[number], { problem: string }>;
    const read = tried.filter((t): t is Read => !('problem' in t));
    expect(read.map((f) => `${String(f.value)}${f.unit ?? ''}`)).toEqual(['4项']);
    for (const f of read) expect(TEXT.slice(f.source.start, f.source.end)).toBe(f.source.quote);
    // A number an item holds reads as a figure (as it would if the extractor had left it).
    const at = TEXT.indexOf('45亿元');
    const figure = readFigure(TEXT, { start: at, end: at + 2 }, 'zh-Hans', ['figure']);
    if ('problem' in figure) throw new Error(figure.problem);
    expect(figure).toMatchObject({ id: 'figure-2', value: 45, unit: '亿元' });
    expect(figure.label.zh).toContain('一般公共预算收入');
    expect(figure.change).toMatchObject({ value: 7, unit: '%' });
    expect(TEXT.slice(figure.source.start, figure.source.end)).toBe(figure.source.quote);
    const added = addFigure(base, figure);
    expect(counts(added).accepted).toBe(1);
    expect(reviewedDataset(added).figures.some((f) => f.id === 'figure-2')).toBe(true);
    expect(validateDataset(reviewedDataset(added)).ok).toBe(true);
    const removed = removeAdded(added, itemKey('figure', 'figure-2'));
    expect(removed.added).toEqual([]);
    expect(counts(removed)).toEqual(counts(base));
  });

  it('a review flag from the extractor goes once the item is accepted', () => {
    const figure = base.extraction.dataset.figures[0];
    if (!figure) throw new Error('no figure');
    const flagged: Project = {
      ...base,
      extraction: {
        ...base.extraction,
        dataset: {
          ...base.extraction.dataset,
          figures: [
            { ...figure, review: { fields: ['label'], note: { zh: '主语不明' } } },
            ...base.extraction.dataset.figures.slice(1),
          ],
        },
      },
    };
    const item = reviewItems(flagged).find((i) => i.originalId === figure.id);
    expect(item?.flag).toEqual({ fields: ['label'], note: { zh: '主语不明' } });
    const pending = reviewedDataset(flagged).figures[0] as object;
    expect('review' in pending).toBe(true);
    const accepted = reviewedDataset(decide(flagged, [item?.key ?? ''], 'accepted')).figures[0];
    expect('review' in (accepted as object)).toBe(false);
  });
});

describe('the story follows the review', () => {
  it('renames ids it names, and drops what the review rejected', () => {
    const keys = reviewItems(base).map((i) => i.key);
    const accepted = decide(base, keys, 'accepted');
    const story = draftStory(reviewedDataset(accepted));
    const named = story.steps
      .flatMap((s) => ('element' in (s.graphic ?? {}) ? [s.graphic] : (s.graphic ?? [])))
      .map((g) => (g as { attributes?: Record<string, unknown> }).attributes?.metric)
      .find((m): m is string => typeof m === 'string');
    expect(named).toBeDefined();
    const key = itemKey('figure', named ?? '');
    const renamedProject = editItem(accepted, key, { id: 'renamed-figure' });
    if ('refused' in renamedProject) throw new Error('refused');
    const renamed = renameIds(story, new Map([[named ?? '', 'renamed-figure']]));
    expect(JSON.stringify(renamed)).toContain('"metric":"renamed-figure"');
    expect(checkStoryReferences(renamed, reviewedDataset(renamedProject))).toEqual([]);

    const rejected = reviewedDataset(decide(accepted, [key], 'rejected'));
    expect(checkStoryReferences(story, rejected).length).toBeGreaterThan(0);
    const shown = storyForDataset(story, rejected);
    expect(checkStoryReferences(shown, rejected)).toEqual([]);
    expect(validateStory(shown).ok).toBe(true);
    const text = JSON.stringify(shown.steps.map(({ id: _id, ...step }) => step));
    expect(text).not.toContain(`"metric":"${named ?? ''}"`);
    expect(text).not.toContain(`"${named ?? ''}"]`);
  });
});
