// @ts-check
/**
 * Where the bytes of a minified bundle come from: its source map assigns every run of generated
 * code to a source file; runs are grouped by package (npm) or by folder (this project), and each
 * group's text is compressed on its own. A group compresses a little worse alone than inside the
 * bundle, so the shares are scaled to the bundle's real compressed size.
 */
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, i) => [char, i]));

/**
 * Decodes a source map's `mappings` into, per generated line, `[column, sourceIndex]` pairs
 * (`sourceIndex` -1 for a segment that maps to no source).
 * @param {string} mappings
 * @returns {[number, number][][]}
 */
export function decodeMappings(mappings) {
  /** @type {[number, number][][]} */
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    /** @type {[number, number][]} */
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** @param {string} segment @returns {number[]} */
function decodeVlq(segment) {
  /** @type {number[]} */
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`source map: bad VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * The group a source belongs to: `lit` for Lit's packages, the package name for other npm
 * packages, the first two folders for this project's files (`src/format`, `components/counter`).
 * @param {string} source
 */
export function groupOf(source) {
  const npm = source.lastIndexOf('node_modules/');
  if (npm >= 0) {
    const parts = source.slice(npm + 'node_modules/'.length).split('/');
    const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? '');
    return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(name) ? 'lit' : name;
  }
  const local = source.replace(/^(\.\.\/|\.\/)+/, '').replace(/^\0/, '');
  const parts = local.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : local;
}

/**
 * @typedef {object} Share
 * @property {string} group
 * @property {number} minified bytes of minified code from the group
 * @property {number} gzip its share of the bundle's gzip size, bytes (scaled, see above)
 */

/**
 * @param {string} code the minified bundle
 * @param {{ sources: string[], mappings: string }} map its source map
 * @returns {Share[]} largest first
 */
export function attribute(code, map) {
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  /** @type {Map<string, string[]>} */
  const texts = new Map();
  /** @param {string} group @param {string} text */
  const add = (group, text) => {
    const list = texts.get(group) ?? [];
    list.push(text);
    texts.set(group, list);
  };
  decoded.forEach((segments, index) => {
    const line = lines[index] ?? '';
    const first = segments[0]?.[0] ?? line.length;
    if (first > 0) add('(unmapped)', line.slice(0, first));
    segments.forEach(([column, source], i) => {
      const next = segments[i + 1];
      const end = next ? next[0] : line.length;
      add(source < 0 ? '(unmapped)' : groupOf(map.sources[source] ?? '?'), line.slice(column, end));
    });
  });
  const total = gzipSync(code, { level: 9 }).length;
  const rows = [...texts].map(([group, parts]) => {
    const text = parts.join('');
    return { group, minified: Buffer.byteLength(text), alone: gzipSync(text, { level: 9 }).length };
  });
  const sum = rows.reduce((acc, row) => acc + row.alone, 0);
  return rows
    .map(({ group, minified, alone }) => ({
      group,
      minified,
      gzip: Math.round((alone / sum) * total),
    }))
    .sort((a, b) => b.gzip - a.gzip);
}
