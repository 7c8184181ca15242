/// <reference types="node" />
/**
 * The `report-story` command, as a function of its arguments and its streams (testable without a
 * process). `report-story.ts` runs it.
 *
 *   report-story extract <file> [--id <id>] [--compact]        draft dataset JSON on stdout
 *   report-story story <dataset.json> [options]                 draft story JSON on stdout
 *   report-story site <report-file> --out <dir> [options]       a static folder: story, deck, data
 *   report-story --help | --version
 *
 * Exit codes: 0 done; 1 a file could not be read, written or used (not text, not a dataset, the
 * site kit missing); 2 bad usage; 3 internal error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Dataset } from '../data/schema.js';
import { describeIssues, validateDataset } from '../data/validate.js';
import { extractDraft } from '../extract/index.js';
import { decodeReport, ReportDecodeError } from '../site/decode.js';
import { siteFiles } from '../site/files.js';
import { SiteError } from '../site/kit.js';
import { draftStory, DraftStoryError } from '../story/draft.js';
import { DRAFT_LANGUAGES, type DraftLanguages } from '../story/draft-options.js';
import type { Story } from '../story/schema.js';
import { readSiteKit, siteKitPlaces } from './site-kit.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile?: (path: string) => Buffer;
  /** Where `site` looks for the site kit (`REPORT_STORY_SITE_KIT`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const USAGE = `Usage: report-story extract <file> [--id <id>] [--compact]
       report-story story <dataset.json> [--lang auto|zh|zh+en] [--max-counters <1-4>]
                          [--dataset <url>] [--id <id>] [--compact]
       report-story site <report-file> --out <dir> [--lang zh|en] [--id <id>] [--force]

extract  Reads a Chinese work report (plain text or Markdown; simplified or traditional
         characters; half- or full-width punctuation and digits) and prints a draft dataset
         as JSON on stdout: figures with value, unit, qualifiers, change and rank; targets
         with their comparators; chapters; dated events. Every item carries the exact quote
         of its sentence and its character range in the file. Notes (numbers it left
         unused) go to stderr. The draft validates against data/report-story.schema.json.

story    Reads a dataset (the JSON extract prints, or a curated one) and prints a draft
         story as JSON on stdout: the report's chapters in order, its figures as counters
         beside their sentences, its targets as gauges, its events on a timeline, its
         programme raised pillar by pillar. It validates against data/story.schema.json.

site     Reads a report (or a dataset .json), drafts its dataset and story, and writes a
         static folder to --out: index.html (the scroll story), deck.html (the deck; it also
         runs opened from the folder), data/<id>.json, data/<id>.story.json, the pages'
         script and styles, and the one-file embeds for widgets on other pages. Nothing is
         fetched from elsewhere: the folder serves from any static host.

Reports may be UTF-8, UTF-16 with a byte-order mark, or GB18030 (GBK): the encoding is
detected, and a file in none of them is refused.

Options:
  --id <id>             dataset (extract, site) or story (story) id: lowercase letters,
                        digits, dashes; default from the file name
  --compact             one-line JSON
  --lang <languages>    story: auto (default: English too where the dataset has it), zh, zh+en
                        site: the language the pages open in, zh (default) or en (needs a
                        dataset with English: a curated dataset .json)
  --max-counters <n>    story: counters side by side in one step, 1 to 4 (default 4)
  --dataset <url>       story: the dataset's URL relative to the story file
                        (default: the dataset file's name)
  --out <dir>           site: the folder to write (made if missing)
  --force               site: write into a folder that is not empty
  -h, --help            this help
  --version             the package version

Exit codes: 0 done; 1 a file cannot be read, written or used (not text, not a dataset, the
site kit missing); 2 bad usage; 3 internal error.`;

function version(): string {
  for (const path of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        version?: string;
      };
      return pkg.version ?? 'unknown';
    } catch {
      // Try the next place: the package root is two or three folders up.
    }
  }
  return 'unknown';
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A failure with its exit code and message (already prefixed). */
class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const usage = (message: string, withUsage = false) =>
  new Exit(2, `report-story: ${message}\n${withUsage ? `\n${USAGE}\n` : ''}`);
const failure = (message: string) => new Exit(1, `report-story: ${message}\n`);

interface Parsed {
  readonly file: string;
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
}

/** Reads a command's arguments: one file, the flags and the options that take a value. */
function parse(
  command: string,
  args: readonly string[],
  flags: readonly string[],
  valued: readonly string[],
): Parsed {
  const rest = [...args];
  const seenFlags = new Set<string>();
  const values = new Map<string, string>();
  let file: string | undefined;
  while (rest.length) {
    const arg = rest.shift() ?? '';
    if (flags.includes(arg)) seenFlags.add(arg);
    else if (valued.includes(arg)) {
      const value = rest.shift();
      if (value === undefined || (value.startsWith('-') && value !== '-')) {
        throw usage(`${arg} needs a value`);
      }
      values.set(arg, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw usage(`unknown option ${arg}`, true);
    } else if (file === undefined) file = arg;
    else throw usage(`${command} takes one file, got another: ${arg}`);
  }
  if (file === undefined) throw usage(`${command} needs a file`, true);
  return { file, flags: seenFlags, values };
}

function idOption(parsed: Parsed): string | undefined {
  const id = parsed.values.get('--id');
  if (id !== undefined && (!ID.test(id) || id.length > 80)) {
    throw usage(`--id needs lowercase letters, digits and dashes, got ${JSON.stringify(id)}`);
  }
  return id;
}

/** A file's bytes; `-` is stdin. */
function readBytes(file: string, io: Io): Buffer {
  try {
    return (io.readFile ?? ((p: string) => readFileSync(p)))(file === '-' ? '/dev/stdin' : file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw failure(`cannot read ${file}: ${why}`);
  }
}

/** A report file as text, its encoding detected. */
function readText(file: string, io: Io): string {
  const bytes = readBytes(file, io);
  let text: string;
  try {
    text = decodeReport(new Uint8Array(bytes), file).text;
  } catch (error) {
    if (error instanceof ReportDecodeError) throw failure(error.message);
    throw error;
  }
  if (!text.trim()) throw failure(`${file} is empty`);
  return text;
}

/** A dataset file, parsed and validated. */
function readDataset(file: string, text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw failure(
      `${file} is not JSON (${error instanceof Error ? error.message : String(error)}); story needs a dataset, such as extract prints`,
    );
  }
  const checked = validateDataset(json);
  if (!checked.ok) {
    throw failure(`${file} is not a valid dataset:\n${describeIssues(checked.issues)}`);
  }
  return checked.dataset;
}

/** Whether a text is a dataset rather than a report: JSON with a schema version. */
function looksLikeDataset(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null && 'schemaVersion' in json;
  } catch {
    return false;
  }
}

function languagesOf(story: Story): string {
  return story.title.en === undefined ? 'Chinese only' : 'Chinese and English';
}

function extract(args: readonly string[], io: Io): number {
  const parsed = parse('extract', args, ['--compact'], ['--id']);
  const id = idOption(parsed);
  const text = readText(parsed.file, io);
  const result = extractDraft(text, {
    file: parsed.file === '-' ? 'stdin' : basename(parsed.file),
    ...(id ? { id } : {}),
  });
  io.out(
    `${JSON.stringify(result.dataset, null, parsed.flags.has('--compact') ? undefined : 2)}\n`,
  );
  const d = result.dataset;
  io.err(
    `report-story: ${d.figures.length} figures, ${d.targets.length} targets, ${d.events.length} events, ${d.chapters.length} chapters (draft: check every item)\n`,
  );
  for (const note of result.notes) io.err(`report-story: note: ${note}\n`);
  return 0;
}

function story(args: readonly string[], io: Io): number {
  const parsed = parse(
    'story',
    args,
    ['--compact'],
    ['--id', '--lang', '--max-counters', '--dataset'],
  );
  const id = idOption(parsed);
  const lang = parsed.values.get('--lang') ?? 'auto';
  if (!(DRAFT_LANGUAGES as readonly string[]).includes(lang)) {
    throw usage(`--lang takes ${DRAFT_LANGUAGES.join(', ')}, got ${JSON.stringify(lang)}`);
  }
  const counters = parsed.values.get('--max-counters');
  if (counters !== undefined && !/^[1-4]$/.test(counters)) {
    throw usage(`--max-counters takes a whole number from 1 to 4, got ${JSON.stringify(counters)}`);
  }
  const dataset = readDataset(parsed.file, readText(parsed.file, io));
  let drafted: Story;
  try {
    drafted = draftStory(dataset, {
      lang: lang as DraftLanguages,
      ...(counters ? { maxCounters: Number(counters) } : {}),
      ...(id ? { id } : {}),
      dataset:
        parsed.values.get('--dataset') ??
        (parsed.file === '-' ? `${dataset.id}.json` : basename(parsed.file)),
    });
  } catch (error) {
    if (error instanceof DraftStoryError) throw failure(error.message.replace(/^draftStory: /, ''));
    throw error;
  }
  io.out(`${JSON.stringify(drafted, null, parsed.flags.has('--compact') ? undefined : 2)}\n`);
  io.err(`report-story: a story of ${drafted.steps.length} steps, ${languagesOf(drafted)}\n`);
  return 0;
}

/** The entries of a folder, or undefined when there is none; refuses a path that is a file. */
function entries(dir: string): string[] | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) throw usage(`--out ${dir} is a file, not a folder`);
  return readdirSync(dir);
}

function site(args: readonly string[], io: Io): number {
  const parsed = parse('site', args, ['--force'], ['--out', '--lang', '--id']);
  const id = idOption(parsed);
  const out = parsed.values.get('--out');
  if (out === undefined) throw usage('site needs --out <dir>, the folder to write', true);
  const lang = parsed.values.get('--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') {
    throw usage(`--lang takes zh or en, got ${JSON.stringify(lang)}`);
  }
  const existing = entries(out);
  if (existing && existing.length > 0 && !parsed.flags.has('--force')) {
    throw usage(
      `--out ${out} is not empty (${existing.length} ${existing.length === 1 ? 'entry' : 'entries'}); choose an empty folder, or add --force to write over it`,
    );
  }
  let assets;
  try {
    assets = readSiteKit(siteKitPlaces(io.env ?? process.env));
  } catch (error) {
    if (error instanceof SiteError) throw failure(error.message);
    throw error;
  }

  const text = readText(parsed.file, io);
  const name = parsed.file === '-' ? 'stdin' : basename(parsed.file);
  let dataset: Dataset;
  if (looksLikeDataset(text)) {
    dataset = readDataset(parsed.file, text);
    if (id) dataset = { ...dataset, id };
  } else {
    const result = extractDraft(text, { file: name, ...(id ? { id } : {}) });
    dataset = result.dataset;
    io.err(
      `report-story: read ${dataset.figures.length} figures, ${dataset.targets.length} targets, ${dataset.events.length} events, ${dataset.chapters.length} chapters from ${name} (a draft: check every item)\n`,
    );
  }
  let drafted: Story;
  try {
    drafted = draftStory(dataset, { lang: lang === 'en' ? 'zh+en' : 'auto' });
  } catch (error) {
    if (error instanceof DraftStoryError && lang === 'en') {
      throw usage(
        `--lang en needs a dataset with English, and ${name} has none where the story needs it (an extracted draft is Chinese; give a curated dataset .json): ${error.message.replace(/^.*has none at /s, 'missing at ')}`,
      );
    }
    if (error instanceof DraftStoryError) throw failure(error.message);
    throw error;
  }
  let files;
  try {
    files = siteFiles({ dataset, story: drafted, assets, lang });
  } catch (error) {
    if (error instanceof SiteError) throw failure(error.message);
    throw error;
  }
  for (const file of files) {
    const target = join(out, ...file.path.split('/'));
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    } catch (error) {
      throw failure(
        `cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    io.out(`${target}\n`);
  }
  io.err(
    `report-story: wrote ${files.length} files to ${resolve(out)}: a story of ${drafted.steps.length} steps, ${languagesOf(drafted)}; open index.html (scroll story) or deck.html (deck)\n`,
  );
  return 0;
}

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: Io) => number>> = {
  extract,
  story,
  site,
};

/** Runs the command; returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  const args = [...argv];
  if (args.length === 0 || args.includes('-h') || args.includes('--help') || args[0] === 'help') {
    (args.length === 0 ? io.err : io.out)(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === '--version') {
    io.out(`${version()}\n`);
    return 0;
  }
  const command = args.shift() ?? '';
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) {
    io.err(`report-story: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return handler(args, io);
  } catch (error) {
    if (error instanceof Exit) {
      io.err(error.message);
      return error.code;
    }
    io.err(
      `report-story: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 3;
  }
}
