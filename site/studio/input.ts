/**
 * A report into the studio: from a file (dropped or chosen), pasted text, or a URL. Bytes are
 * decoded by the library's report decoder (UTF-8, UTF-16 with a byte-order mark, GB18030: detected,
 * never guessed silently); anything that is not a report's text is refused with a reason the page
 * shows in place — and the project open stays as it was.
 */
import { decodeReport, ReportDecodeError } from '../../src/site/decode.js';

/** The largest report the studio reads, in bytes (a long national work report is about 100 kB). */
export const MAX_REPORT_BYTES = 2_000_000;

/** File names the studio reads as reports. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

export type InputProblem =
  | { readonly reason: 'empty'; readonly name: string }
  | { readonly reason: 'too-large'; readonly name: string; readonly bytes: number }
  | { readonly reason: 'not-text'; readonly name: string; readonly detail: string }
  | { readonly reason: 'kind'; readonly name: string }
  | { readonly reason: 'fetch'; readonly url: string; readonly detail: string }
  | { readonly reason: 'http'; readonly url: string; readonly status: string }
  | { readonly reason: 'html'; readonly url: string; readonly type: string };

/** A report refused, with the problem the page words. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly problem: InputProblem) {
    super(JSON.stringify(problem));
  }
}

/** A report as read, before the worker hashes and extracts it. */
export interface ReportInput {
  readonly text: string;
  readonly file: string;
  readonly encoding: string;
  readonly url?: string | undefined;
}

/** Decodes a report's bytes, refusing empty, oversized and non-text files. */
export function decodeInput(bytes: Uint8Array, name: string): ReportInput {
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new InputError({ reason: 'too-large', name, bytes: bytes.length });
  }
  let decoded;
  try {
    decoded = decodeReport(bytes, name);
  } catch (error) {
    if (error instanceof ReportDecodeError) {
      throw new InputError({ reason: 'not-text', name, detail: error.message });
    }
    throw error;
  }
  if (decoded.text.trim() === '') throw new InputError({ reason: 'empty', name });
  return { text: decoded.text, file: name, encoding: decoded.encoding };
}

/** Reads a file the editor dropped or chose. */
export async function readFile(file: File): Promise<ReportInput> {
  const name = file.name || 'report.txt';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (extension && !REPORT_EXTENSIONS.includes(extension)) {
    throw new InputError({ reason: 'kind', name });
  }
  if (file.size > MAX_REPORT_BYTES) {
    throw new InputError({ reason: 'too-large', name, bytes: file.size });
  }
  if (file.size === 0) throw new InputError({ reason: 'empty', name });
  return decodeInput(new Uint8Array(await file.arrayBuffer()), name);
}

/** Pasted text. */
export function readPasted(text: string, name: string): ReportInput {
  if (text.trim() === '') throw new InputError({ reason: 'empty', name });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_REPORT_BYTES) throw new InputError({ reason: 'too-large', name, bytes });
  return { text, file: name, encoding: 'text' };
}

const looksLikeHtml = (bytes: Uint8Array) =>
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(
    new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, ''),
  );

/** Fetches a report from a URL (same origin, or a server that allows it by CORS). */
export async function readUrl(
  src: string,
  base: string,
  doFetch: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<ReportInput> {
  let url: string;
  try {
    url = new URL(src, base).href;
  } catch {
    throw new InputError({ reason: 'fetch', url: src, detail: 'not a URL' });
  }
  let response: Response;
  try {
    response = await doFetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new InputError({
      reason: 'fetch',
      url,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (!response.ok) {
    throw new InputError({
      reason: 'http',
      url,
      status: `${response.status} ${response.statusText}`.trim(),
    });
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (/html|xml/i.test(type)) throw new InputError({ reason: 'html', url, type });
  const declared = Number(response.headers.get('content-length'));
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'report.txt');
  if (declared > MAX_REPORT_BYTES)
    throw new InputError({ reason: 'too-large', name, bytes: declared });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (looksLikeHtml(bytes))
    throw new InputError({ reason: 'html', url, type: type || 'text/html' });
  if (bytes.length === 0) throw new InputError({ reason: 'empty', name });
  return { ...decodeInput(bytes, name), url };
}
