/// <reference types="node" />
/**
 * The `report-story` command, as a function of its arguments and its streams (testable without a
 * process). `report-story.ts` runs it.
 *
 *   report-story extract <file> [--id <id>] [--compact]   draft dataset JSON on stdout
 *   report-story --help | --version
 *
 * Exit codes: 0 done; 1 the report could not be read or is not text; 2 bad usage; 3 internal error.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractDraft } from '../extract/extract.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile?: (path: string) => Buffer;
}

export const USAGE = `Usage: report-story extract <file> [--id <id>] [--compact]

Reads a Chinese work report (plain text or Markdown; simplified or traditional
characters; half- or full-width punctuation and digits) and prints a draft dataset
as JSON on stdout: figures with value, unit, qualifiers, change and rank; targets
with their comparators; chapters; dated events. Every item carries the exact quote
of its sentence and its character range in the file. Notes (numbers it left
unused) go to stderr. The draft validates against data/report-story.schema.json.

Options:
  --id <id>     dataset id (lowercase letters, digits, dashes); default from the file name
  --compact     one-line JSON
  -h, --help    this help
  --version     the package version

Exit codes: 0 done, 1 cannot read the file or it is not text, 2 bad usage, 3 internal error.`;

function version(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    try {
      const pkg = JSON.parse(
        readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
      ) as { version?: string };
      return pkg.version ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }
}

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
  const command = args.shift();
  if (command !== 'extract') {
    io.err(`report-story: unknown command "${command ?? ''}"\n\n${USAGE}\n`);
    return 2;
  }
  let file: string | undefined;
  let id: string | undefined;
  let compact = false;
  while (args.length) {
    const arg = args.shift() ?? '';
    if (arg === '--compact') compact = true;
    else if (arg === '--id') {
      id = args.shift();
      if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 80) {
        io.err(
          `report-story: --id needs lowercase letters, digits and dashes, got ${JSON.stringify(id ?? '')}\n`,
        );
        return 2;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      io.err(`report-story: unknown option ${arg}\n\n${USAGE}\n`);
      return 2;
    } else if (file === undefined) file = arg;
    else {
      io.err(`report-story: extract takes one file, got another: ${arg}\n`);
      return 2;
    }
  }
  if (file === undefined) {
    io.err(`report-story: extract needs a file\n\n${USAGE}\n`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = (io.readFile ?? ((p: string) => readFileSync(p)))(file === '-' ? '/dev/stdin' : file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    io.err(`report-story: cannot read ${file}: ${why}\n`);
    return 1;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (bytes.includes(0) || (text.match(/\uFFFD/g)?.length ?? 0) > Math.max(2, text.length / 100)) {
    io.err(`report-story: ${file} is not UTF-8 text\n`);
    return 1;
  }
  if (!text.trim()) {
    io.err(`report-story: ${file} is empty\n`);
    return 1;
  }
  try {
    const result = extractDraft(text, {
      file: file === '-' ? 'stdin' : basename(file),
      ...(id ? { id } : {}),
    });
    io.out(`${JSON.stringify(result.dataset, null, compact ? undefined : 2)}\n`);
    const d = result.dataset;
    io.err(
      `report-story: ${d.figures.length} figures, ${d.targets.length} targets, ${d.events.length} events, ${d.chapters.length} chapters (draft: check every item)\n`,
    );
    for (const note of result.notes) io.err(`report-story: note: ${note}\n`);
    return 0;
  } catch (error) {
    io.err(
      `report-story: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 3;
  }
}
