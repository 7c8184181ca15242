import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/loader.js';
import { run } from '../../src/cli/run.js';
import { SITE_KIT } from '../../src/site/kit.js';
import { parseStory } from '../../src/story/validate.js';

const fixture = (name: string) => new URL(`../fixtures/site/${name}`, import.meta.url);
const REPORT = readFileSync(fixture('xihe-2023-work-report.txt'));
const GANGZHA = readFileSync(new URL('../../data/gangzha-2019.json', import.meta.url));

let scratch = '';
let kit = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'report-story-cli-'));
  // A stand-in kit: the command copies whatever the kit lists.
  kit = join(scratch, 'kit');
  mkdirSync(join(kit, 'assets'), { recursive: true });
  const files = [SITE_KIT.script, SITE_KIT.style, ...SITE_KIT.embeds];
  for (const file of files) writeFileSync(join(kit, file), `/* ${file} */`);
  writeFileSync(
    join(kit, SITE_KIT.manifest),
    JSON.stringify({ format: 1, version: '0.0.0-test', files }),
  );
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the command with files given in memory (others read from disk) and the test kit. */
function call(
  argv: string[],
  files: Record<string, string | Buffer> = {},
  env = { REPORT_STORY_SITE_KIT: kit },
) {
  let out = '';
  let err = '';
  const code = run(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (path) => {
      const given = files[path];
      if (given !== undefined) return Buffer.from(given);
      return readFileSync(path);
    },
    env,
  });
  return { code, out, err };
}

describe('report-story story', () => {
  it('prints a valid draft story of a dataset, naming the dataset file beside it', () => {
    const { code, out, err } = call(['story', 'g.json'], { 'g.json': GANGZHA });
    expect(code).toBe(0);
    const story = parseStory(JSON.parse(out));
    expect(story.dataset).toBe('g.json');
    expect(story.title.en).toBeDefined();
    expect(err).toMatch(/^report-story: a story of \d+ steps, Chinese and English\n$/);
  });

  it('takes the languages, the counters side by side, the dataset URL and the id', () => {
    const { code, out } = call(
      [
        'story',
        'g.json',
        '--lang',
        'zh',
        '--max-counters',
        '2',
        '--dataset',
        '../d.json',
        '--id',
        'mine',
        '--compact',
      ],
      { 'g.json': GANGZHA },
    );
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const story = parseStory(JSON.parse(out));
    expect(story).toMatchObject({ id: 'mine', dataset: '../d.json' });
    expect(out).not.toContain('"en":');
  });

  it('explains bad usage with exit code 2 and unusable files with exit code 1', () => {
    expect(call(['story'])).toMatchObject({ code: 2 });
    expect(call(['story']).err).toMatch(/story needs a file\n\nUsage:/);
    expect(call(['story', 'g.json', '--lang', 'fr']).err).toBe(
      'report-story: --lang takes auto, zh, zh+en, got "fr"\n',
    );
    expect(call(['story', 'g.json', '--max-counters', '9'])).toMatchObject({
      code: 2,
      err: 'report-story: --max-counters takes a whole number from 1 to 4, got "9"\n',
    });
    expect(call(['story', 'g.json', '--lang'])).toMatchObject({
      code: 2,
      err: 'report-story: --lang needs a value\n',
    });
    expect(call(['story', 'missing.json'])).toMatchObject({
      code: 1,
      err: 'report-story: cannot read missing.json: no such file\n',
    });
    expect(call(['story', 'r.txt'], { 'r.txt': REPORT }).err).toMatch(
      /^report-story: r\.txt is not JSON \(.*\); story needs a dataset, such as extract prints\n$/,
    );
    const broken = JSON.stringify({ ...JSON.parse(GANGZHA.toString()), figures: [{ id: 'X' }] });
    expect(call(['story', 'b.json'], { 'b.json': broken })).toMatchObject({ code: 1 });
    expect(call(['story', 'b.json'], { 'b.json': broken }).err).toMatch(
      /^report-story: b\.json is not a valid dataset:\nfigures\[0\]\.id/,
    );
    const chinese = call(['extract', 'r.txt'], { 'r.txt': REPORT }).out;
    expect(call(['story', 'd.json', '--lang', 'zh+en'], { 'd.json': chinese })).toMatchObject({
      code: 1,
      err: expect.stringMatching(/options\.lang "zh\+en" needs English/) as unknown,
    });
  });
});

describe('report-story site', () => {
  const out = (name: string) => join(scratch, name);

  it('writes the folder from a report file, listing each file it wrote', () => {
    const dir = out('plain');
    const {
      code,
      out: listed,
      err,
    } = call(['site', fixture('xihe-2023-work-report.txt').pathname, '--out', dir]);
    expect(err).toContain('a story of');
    expect(code).toBe(0);
    const paths = [
      'assets/story-page.js',
      'assets/story.css',
      'data/xihe-2023-work-report.json',
      'data/xihe-2023-work-report.story.json',
      'deck.html',
      'index.html',
      'report-story.classic.js',
      'report-story.js',
    ];
    expect(listed.trim().split('\n')).toEqual(paths.map((p) => join(dir, p)));
    const dataset = parseDataset(JSON.parse(readFileSync(join(dir, paths[2] ?? ''), 'utf8')));
    expect(dataset.source.file).toBe('xihe-2023-work-report.txt');
    const story = parseStory(JSON.parse(readFileSync(join(dir, paths[3] ?? ''), 'utf8')));
    expect(story.dataset).toBe('xihe-2023-work-report.json');
    expect(readFileSync(join(dir, 'report-story.js'), 'utf8')).toBe('/* report-story.js */');
  });

  it('reads a GB18030 copy and a UTF-16 copy of the report as it reads the UTF-8 one', () => {
    const dataset = (dir: string) => readFileSync(join(dir, 'data/xihe.json'), 'utf8');
    expect(
      call([
        'site',
        fixture('xihe-2023-work-report.txt').pathname,
        '--out',
        out('u8'),
        '--id',
        'xihe',
      ]).code,
    ).toBe(0);
    expect(
      call([
        'site',
        fixture('xihe-2023-work-report.gb18030.txt').pathname,
        '--out',
        out('gb'),
        '--id',
        'xihe',
      ]).code,
    ).toBe(0);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(REPORT.toString('utf8'), 'utf16le'),
    ]);
    expect(
      call(['site', 'r16.txt', '--out', out('u16'), '--id', 'xihe'], { 'r16.txt': utf16 }).code,
    ).toBe(0);
    const figures = (dir: string) => (JSON.parse(dataset(dir)) as { figures: unknown[] }).figures;
    expect(figures(out('gb'))).toEqual(figures(out('u8')));
    expect(figures(out('u16'))).toEqual(figures(out('u8')));
  });

  it('refuses a non-empty folder unless --force, and then writes over it', () => {
    const dir = out('busy');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const report = fixture('xihe-2023-work-report.txt').pathname;
    expect(call(['site', report, '--out', dir])).toMatchObject({
      code: 2,
      err: `report-story: --out ${dir} is not empty (1 entry); choose an empty folder, or add --force to write over it\n`,
    });
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
    expect(call(['site', report, '--out', dir, '--force']).code).toBe(0);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('takes a dataset .json instead of a report, and opens its pages in English when it has English', () => {
    const dir = out('english');
    const { code } = call(['site', 'g.json', '--out', dir, '--lang', 'en'], { 'g.json': GANGZHA });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<html lang="en">');
    expect(existsSync(join(dir, 'data/gangzha-2019.story.json'))).toBe(true);
  });

  it('explains what it cannot do, with the exit codes of extract', () => {
    const report = fixture('xihe-2023-work-report.txt').pathname;
    expect(call(['site', report])).toMatchObject({ code: 2 });
    expect(call(['site', report]).err).toMatch(
      /^report-story: site needs --out <dir>, the folder to write\n\nUsage:/,
    );
    expect(call(['site', report, '--out', out('x'), '--lang', 'fr']).err).toBe(
      'report-story: --lang takes zh or en, got "fr"\n',
    );
    expect(call(['site', report, '--out', out('en'), '--lang', 'en'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /--lang en needs a dataset with English, and xihe-2023-work-report\.txt has none where the story needs it .*: missing at title/,
      ) as unknown,
    });
    writeFileSync(out('file'), 'x');
    expect(call(['site', report, '--out', out('file')])).toMatchObject({
      code: 2,
      err: `report-story: --out ${out('file')} is a file, not a folder\n`,
    });
    expect(
      call(['site', report, '--out', out('nokit')], {}, { REPORT_STORY_SITE_KIT: out('nowhere') }),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /the site kit is missing \(no kit\.json in .*nowhere\): run npm run build first/,
      ) as unknown,
    });
    expect(
      call(['site', 'bin.txt', '--out', out('bin')], {
        'bin.txt': Buffer.from([0x89, 0x50, 0, 1]),
      }),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^report-story: bin\.txt is not UTF-8 text/) as unknown,
    });
    expect(existsSync(out('bin'))).toBe(false);
  });
});
