/**
 * A build-time plugin that shrinks the text inside Lit's `css`, `html` and `svg` tagged templates,
 * which no JavaScript minifier touches (they are strings to it).
 *
 * - `css`: comments go, whitespace collapses, and the spaces around `{ } ; , >` and after `:` go.
 *   Spaces before `:` stay (`.a :focus` differs from `.a:focus`), as do those around `+`/`-`
 *   (`calc(1px + 2px)` needs them).
 * - `html`/`svg`: a run of whitespace that contains a line break becomes one space. Rendering is
 *   unchanged wherever whitespace collapses (everywhere in these components; `pre-line` text is
 *   written with `\n` escapes, which this leaves alone).
 *
 * Each quasi (the text between `${…}`) is rewritten on its own, so expressions are never touched.
 */
import type { Plugin } from 'vite';

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

interface Quasi extends Node {
  readonly value: { readonly raw: string };
}

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

const MINIFIERS: Record<string, (text: string) => string> = {
  css: minifyCss,
  html: minifyHtml,
  svg: minifyHtml,
};

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Visits every node of an ESTree AST. */
function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) walk(item, visit);
    } else if (isNode(child)) {
      walk(child, visit);
    }
  }
}

export function minifyTemplates(): Plugin {
  return {
    name: 'report-story:minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/(src|components|site)\/.*\.(ts|js)$/.test(id) || !/\b(css|html|svg)`/.test(code)) {
        return null;
      }
      const ast = this.parse(code) as unknown as Node;
      const edits: { start: number; end: number; text: string }[] = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        const minify = tag.type === 'Identifier' && tag.name ? MINIFIERS[tag.name] : undefined;
        if (!minify) return;
        const quasi = node.quasi as Node & { quasis: Quasi[] };
        for (const element of quasi.quasis) {
          const raw = code.slice(element.start, element.end);
          const text = minify(raw);
          if (text !== raw) edits.push({ start: element.start, end: element.end, text });
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
