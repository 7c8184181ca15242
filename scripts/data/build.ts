/**
 * `npm run data`: rebuilds every dataset in `data/` from its report and curation, and the JSON
 * Schemas editors validate against.
 *
 *   npm run data                 write data/<id>.json, data/report-story.schema.json, data/curation/curation.schema.json
 *   npm run data -- --check      write nothing; fail when a committed file differs from a fresh build
 *   npm run data -- --numbers    also list every number of each source and what accounts for it
 *
 * Each curation file `data/curation/*.json` names its source and its output. The build stops with
 * a message naming the item when a curated quote is not in the source (or is ambiguous), when a
 * word does not read as what it should, and when a number of the source is accounted for by
 * nothing. Exit codes: 0 done, 1 a build or check failed, 2 bad usage.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { DatasetSchema, SCHEMA_VERSION } from '../../src/data/schema.js';
import { formatPath } from '../../src/data/validate.js';
import { BuildError, buildDataset, type NumberAccount } from './build-dataset.js';
import { CurationSchema, type Curation } from './curation.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(root, 'data');
const curationDir = resolve(dataDir, 'curation');

/** JSON as every generated file is written: 2 spaces, a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The dataset's JSON Schema, generated from the valibot schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, {
    // Cross-field checks and "finite" have no JSON Schema form (JSON has no NaN anyway); the
    // loader still runs them. Anything else that cannot be expressed fails the build.
    ignoreActions: ['check', 'finite'],
  });
  const { $schema, ...rest } = schema as Record<string, unknown>;
  return {
    $schema,
    title: `report-story dataset (schemaVersion ${SCHEMA_VERSION})`,
    description: `A dataset built from a government work report: figures, targets, programme, events and chapters, each with the exact quote and character range of its source sentence. schemaVersion ${SCHEMA_VERSION}.`,
    ...rest,
  };
}

/** The curation file's JSON Schema. */
export function curationJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(CurationSchema) as Record<string, unknown>;
  return {
    $schema,
    title: 'report-story curation',
    description:
      'The human part of a dataset: ids, English, chapters, and where each item is in the report (quotes that must occur verbatim). Numbers are read from the report, never typed here.',
    ...rest,
  };
}

function readCuration(file: string): Curation {
  const parsed = v.safeParse(CurationSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.output;
  throw new BuildError(
    parsed.issues.map((issue) => {
      const path = formatPath((issue.path ?? []).map((p) => p.key as string | number));
      return `${path || '(file)'}: ${issue.message}`;
    }),
  );
}

function numberTable(numbers: readonly NumberAccount[]): string {
  return numbers
    .map(
      (n) =>
        `  ${String(n.start).padStart(5)}  ${n.text.padEnd(8, '　')}  ${n.how.padEnd(8)}  ${n.by}`,
    )
    .join('\n');
}

/** A line on stdout (progress and reports; errors go to stderr). */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

interface Output {
  readonly file: string;
  readonly text: string;
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((a) => a !== '--check' && a !== '--numbers');
  if (unknown.length) {
    console.error(
      `unknown option ${unknown.join(' ')}\nusage: npm run data [-- --check] [-- --numbers]`,
    );
    return 2;
  }
  const check = argv.includes('--check');
  const listNumbers = argv.includes('--numbers');

  const outputs: Output[] = [
    { file: resolve(dataDir, 'report-story.schema.json'), text: toJson(datasetJsonSchema()) },
    { file: resolve(curationDir, 'curation.schema.json'), text: toJson(curationJsonSchema()) },
  ];
  let failed = false;
  const curations = existsSync(curationDir)
    ? readdirSync(curationDir)
        .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
        .sort()
    : [];
  for (const name of curations) {
    const file = resolve(curationDir, name);
    const label = relative(root, file);
    try {
      const curation = readCuration(file);
      const sourcePath = resolve(curationDir, curation.source);
      const source = readFileSync(sourcePath, 'utf8');
      const result = buildDataset(source, curation);
      const out = resolve(curationDir, curation.output);
      outputs.push({ file: out, text: result.json });
      const d = result.dataset;
      const counts = new Map<string, number>();
      for (const n of result.numbers) counts.set(n.how, (counts.get(n.how) ?? 0) + 1);
      say(
        `${relative(root, out)}: ${d.figures.length} figures, ${d.targets.length} targets, ` +
          `${d.programme?.pillars.length ?? 0} pillars (${d.programme?.pillars.reduce((s, p) => s + p.actions.length, 0) ?? 0} actions), ` +
          `${d.programme?.foundation?.commitments.length ?? 0} commitments, ${d.events.length} events, ${d.chapters.length} chapters; ` +
          `${result.numbers.length} numbers in ${relative(root, sourcePath)}: ` +
          `${counts.get('value') ?? 0} carried as values, ${counts.get('text') ?? 0} inside verbatim texts, ` +
          `${counts.get('ignored') ?? 0} ignored with a reason`,
      );
      if (listNumbers) say(numberTable(result.numbers));
    } catch (error) {
      failed = true;
      if (error instanceof BuildError) console.error(`${label}: ${error.message}`);
      else console.error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed) return 1;

  let stale = 0;
  for (const { file, text } of outputs) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      stale++;
      console.error(`${relative(root, file)} is out of date: run npm run data`);
    } else {
      writeFileSync(file, text);
      say(`wrote ${relative(root, file)}`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
