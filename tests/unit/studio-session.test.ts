/**
 * The studio's session without a browser: a memory store and the extractor run in-process. A report
 * reopened continues its project; a report whose text changed opens as a new project (never the old
 * decisions on another text); two tabs on one project cannot overwrite each other (revision numbers),
 * and the second is told; a project file round-trips, and one whose text was edited is not trusted.
 */
import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../site/studio/extractor.js';
import { reviewItems, decide } from '../../site/studio/model.js';
import { nextRevision, isConflict, newProject, matchProject } from '../../site/studio/project.js';
import { openProjectFile, projectFile } from '../../site/studio/project-file.js';
import { readFigure, readReport } from '../../site/studio/read-report.js';
import { memoryStore, type ProjectStore } from '../../site/studio/store.js';
import { NoNumbersError, Session } from '../../site/studio/session.js';
import { draftStory } from '../../src/story/draft.js';

const REPORT = `# 某县2023年政府工作报告

一、2023年工作回顾

全县地区生产总值达到120亿元，同比增长5.2%。一般公共预算收入8.5亿元，增长3%。

二、2024年目标

地区生产总值增长6%左右。
`;

const inProcess: Extractor = {
  read: (text, file, progress) => Promise.resolve(readReport(text, file, progress)),
  figure: (text, range, language, taken) =>
    Promise.resolve(readFigure(text, range, language, taken)),
  draft: (dataset, options) => Promise.resolve(draftStory(dataset, options)),
  dispose: () => undefined,
};

let ids = 0;
function session(store: ProjectStore = memoryStore()): Session {
  return new Session({
    store,
    extractor: inProcess,
    onChange: () => undefined,
    newId: () => `project-${++ids}`,
  });
}

const input = (text: string, file = 'report.txt') => ({ text, file, encoding: 'utf-8' });

describe('opening reports', () => {
  it('a new report makes a saved project; the same text again continues it', async () => {
    const store = memoryStore();
    const a = session(store);
    expect(await a.open(input(REPORT))).toEqual({ kind: 'new' });
    const project = a.state.project;
    expect(project?.extraction.dataset.figures.length).toBeGreaterThan(0);
    const key = reviewItems(project!)[0]?.key ?? '';
    a.update((p) => decide(p, [key], 'accepted'));
    await a.settled();

    const b = session(store);
    const restored = await b.restore();
    expect(restored?.id).toBe(project?.id);
    expect(restored?.decisions[key]).toBe('accepted');
    expect(await b.open(input(REPORT))).toMatchObject({ kind: 'same' });
    expect(b.state.project?.decisions[key]).toBe('accepted');
  });

  it('a report whose text changed opens as a new project, without the old decisions', async () => {
    const store = memoryStore();
    const a = session(store);
    await a.open(input(REPORT));
    const first = a.state.project!;
    const key = reviewItems(first)[0]?.key ?? '';
    a.update((p) => decide(p, [key], 'rejected'));
    await a.settled();
    const changed = REPORT.replace('120亿元', '121亿元');
    const opened = await a.open(input(changed));
    expect(opened).toEqual({ kind: 'changed', title: first.extraction.dataset.title.zh });
    expect(a.state.project?.id).not.toBe(first.id);
    expect(a.state.project?.decisions).toEqual({});
    expect(a.state.project?.report.sha256).not.toBe(first.report.sha256);
    expect((await store.list()).length).toBe(2);
    expect(matchProject([first], { sha256: first.report.sha256, file: 'x' }).same).toBe(first);
  });

  it('a text without numbers is refused and the open project stays', async () => {
    const a = session();
    await a.open(input(REPORT));
    const open = a.state.project;
    await expect(a.open(input('这里只有文字，没有数据。', 'words.txt'))).rejects.toThrow(
      NoNumbersError,
    );
    expect(a.state.project).toBe(open);
  });
});

describe('two tabs on one project', () => {
  it('refuses a save from a copy older than the stored one, and tells the tab', async () => {
    const store = memoryStore();
    const a = session(store);
    await a.open(input(REPORT));
    await a.settled();
    const b = session(store);
    await b.restore();
    const keys = reviewItems(a.state.project!).map((i) => i.key);

    a.update((p) => decide(p, [keys[0] ?? ''], 'accepted'));
    await a.settled();
    b.update((p) => decide(p, [keys[1] ?? ''], 'rejected'));
    await b.settled();
    expect(b.state.save).toMatchObject({ kind: 'conflict' });
    expect(b.state.newer).toBe(true);
    // Tab A's work is what is stored; B's did not overwrite it.
    const stored = await store.get(a.state.project!.id);
    expect(stored?.decisions).toEqual({ [keys[0] ?? '']: 'accepted' });
    // B reloads and goes on from A's revision.
    await b.reload();
    expect(b.state.project?.decisions).toEqual({ [keys[0] ?? '']: 'accepted' });
    b.update((p) => decide(p, [keys[1] ?? ''], 'rejected'));
    await b.settled();
    expect(b.state.save.kind).toBe('saved');
    expect((await store.get(a.state.project!.id))?.decisions[keys[1] ?? '']).toBe('rejected');
  });

  it('hears another tab announce a newer revision of its project', async () => {
    const a = session();
    await a.open(input(REPORT));
    await a.settled();
    const project = a.state.project!;
    a.heard({ project: 'another', revision: 99 });
    expect(a.state.newer).toBe(false);
    a.heard({ project: project.id, revision: project.revision });
    expect(a.state.newer).toBe(false);
    a.heard({ project: project.id, revision: project.revision + 1 });
    expect(a.state.newer).toBe(true);
  });

  it('nextRevision is a compare-and-set on the revision', () => {
    const read = readReport(REPORT, 'r.txt');
    const p = newProject(
      { text: REPORT, file: 'r.txt', sha256: read.sha256, encoding: 'utf-8' },
      read.extraction,
      { id: 'x', now: 't0' },
    );
    const first = nextRevision(p, undefined, 't1');
    expect(isConflict(first)).toBe(false);
    expect(first).toMatchObject({ revision: 1, updated: 't1' });
    expect(nextRevision(p, { revision: 1 }, 't2')).toEqual({ conflict: true, mine: 0, stored: 1 });
  });
});

describe('the project file', () => {
  it('round-trips, and a text edited in the file is read as a new project', async () => {
    const a = session();
    await a.open(input(REPORT));
    await a.settled();
    const project = a.state.project!;
    const opened = openProjectFile(projectFile(project));
    expect(opened).toEqual({ kind: 'project', project });

    const edited = JSON.parse(projectFile(project)) as { report: { text: string } };
    edited.report.text = edited.report.text.replace('8.5亿元', '9.5亿元');
    const changed = openProjectFile(JSON.stringify(edited));
    expect(changed.kind).toBe('changed-text');
    if (changed.kind === 'changed-text') expect(changed.report.text).toContain('9.5亿元');

    expect(openProjectFile('{')).toMatchObject({ kind: 'invalid' });
    expect(openProjectFile('{"format":"other"}')).toMatchObject({ kind: 'invalid' });
    const broken = JSON.parse(projectFile(project)) as { extraction: { dataset: object } };
    broken.extraction.dataset = { ...broken.extraction.dataset, figures: 'none' };
    const invalid = openProjectFile(JSON.stringify(broken));
    expect(invalid.kind).toBe('invalid');
    if (invalid.kind === 'invalid') expect(invalid.reason).toContain('figures');
  });
});
