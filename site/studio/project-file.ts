/**
 * A project as one file an editor can keep, send or open on another machine: the report text, the
 * draft, every decision and edit, the story. Opening one checks its form and that the text is the
 * text its decisions were made on (SHA-256); a text changed since is read as a new project, its
 * old decisions left aside.
 */
import { sha256 } from '../../src/data/sha256.js';
import { describeIssues, validateDataset } from '../../src/data/validate.js';
import { validateStory } from '../../src/story/validate.js';
import { PROJECT_FORMAT, PROJECT_VERSION, type Project, type ReportText } from './project.js';

/** The file's contents for a project. */
export function projectFile(project: Project): string {
  return `${JSON.stringify(project, null, 1)}\n`;
}

/** The name a project file is saved under. */
export function projectFileName(project: Project): string {
  return `${project.extraction.dataset.id}.studio.json`;
}

export type OpenedFile =
  | { readonly kind: 'project'; readonly project: Project }
  /** The text differs from its hash: read it again as a new project. */
  | { readonly kind: 'changed-text'; readonly report: ReportText }
  | { readonly kind: 'invalid'; readonly reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a project file's text. */
export function openProjectFile(text: string): OpenedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'invalid',
      reason: `not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (!isObject(json) || json.format !== PROJECT_FORMAT) {
    return { kind: 'invalid', reason: `not a studio project (no "format": "${PROJECT_FORMAT}")` };
  }
  if (json.version !== PROJECT_VERSION) {
    return {
      kind: 'invalid',
      reason: `a studio project of version ${String(json.version)}; this studio reads version ${PROJECT_VERSION}`,
    };
  }
  const report = json.report;
  if (
    !isObject(report) ||
    typeof report.text !== 'string' ||
    typeof report.sha256 !== 'string' ||
    typeof report.file !== 'string'
  ) {
    return { kind: 'invalid', reason: 'report: expected the text, its file name and its SHA-256' };
  }
  const reportText: ReportText = {
    text: report.text,
    file: report.file,
    sha256: sha256(report.text),
    encoding: typeof report.encoding === 'string' ? report.encoding : 'utf-8',
    ...(typeof report.url === 'string' ? { url: report.url } : {}),
  };
  if (reportText.sha256 !== report.sha256) return { kind: 'changed-text', report: reportText };
  const extraction = json.extraction;
  if (
    !isObject(extraction) ||
    !Array.isArray(extraction.numbers) ||
    !Array.isArray(extraction.notes)
  ) {
    return { kind: 'invalid', reason: 'extraction: expected the draft, its notes and the numbers' };
  }
  const dataset = validateDataset(extraction.dataset);
  if (!dataset.ok)
    return { kind: 'invalid', reason: `extraction.dataset:\n${describeIssues(dataset.issues)}` };
  if (json.story !== undefined) {
    const story = validateStory(json.story);
    if (!story.ok) return { kind: 'invalid', reason: `story:\n${describeIssues(story.issues)}` };
  }
  for (const key of ['id', 'created', 'updated', 'publish'] as const) {
    if (typeof json[key] !== 'string')
      return { kind: 'invalid', reason: `${key}: expected a string` };
  }
  for (const key of ['decisions', 'edits'] as const) {
    if (!isObject(json[key])) return { kind: 'invalid', reason: `${key}: expected an object` };
  }
  if (!Array.isArray(json.added) || typeof json.revision !== 'number') {
    return { kind: 'invalid', reason: 'added: expected a list; revision: expected a number' };
  }
  return { kind: 'project', project: json as unknown as Project };
}
