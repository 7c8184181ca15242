/**
 * Keeps Lit's page-wide registries out of `window` in the one-file embeds.
 *
 * Lit writes four globals when it loads: the version lists `litHtmlVersions`,
 * `litElementVersions`, `reactiveElementVersions` (so that several copies on one page can warn
 * about each other) and `litPropertyMetadata` (a WeakMap its TC39 decorators share between
 * copies). The embed carries its own private Lit and uses legacy decorators, so it needs none of
 * them to be shared, and an editor's page should gain nothing but the custom elements. This
 * plugin, used only by the embed builds, drops the version pushes and gives the metadata map a
 * module of its own.
 *
 * Every rewrite is counted: when a Lit release changes the code it looks for, the build stops
 * with a message instead of leaking a global silently (and the embed tests diff `window` too).
 */
import type { Plugin } from 'vite';

const METADATA_MODULE = '\0report-story:lit-metadata';

interface Rewrite {
  /** Which Lit file, by the end of its path in node_modules. */
  readonly file: RegExp;
  readonly pattern: RegExp;
  readonly replacement: string;
  /** How many matches the file must have. */
  readonly count: number;
}

const REWRITES: readonly Rewrite[] = [
  {
    file: /[\\/]lit-html[\\/]lit-html\.js$/,
    pattern: /\(\s*[\w$]+\.litHtmlVersions\s*\?\?=\s*\[\]\s*\)\.push\(\s*(["'])[^"']*\1\s*\)/g,
    replacement: 'void 0',
    count: 1,
  },
  {
    file: /[\\/]lit-element[\\/]lit-element\.js$/,
    pattern: /\(\s*[\w$]+\.litElementVersions\s*\?\?=\s*\[\]\s*\)\.push\(\s*(["'])[^"']*\1\s*\)/g,
    replacement: 'void 0',
    count: 1,
  },
  {
    file: /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
    pattern:
      /\(\s*[\w$]+\.reactiveElementVersions\s*\?\?=\s*\[\]\s*\)\.push\(\s*(["'])[^"']*\1\s*\)/g,
    replacement: 'void 0',
    count: 1,
  },
  {
    // `globalThis.litPropertyMetadata ??= new WeakMap()`: the map now comes from METADATA_MODULE.
    file: /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
    pattern: /[\w$]+\.litPropertyMetadata\s*\?\?=\s*new WeakMap(\(\))?/g,
    replacement: 'void 0',
    count: 1,
  },
  {
    // The standard-decorator path reads `globalThis.litPropertyMetadata`.
    file: /[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/]property\.js$/,
    pattern: /globalThis\.litPropertyMetadata/g,
    replacement: 'litPropertyMetadata',
    count: 2,
  },
];

/** Files whose bare `litPropertyMetadata` must resolve to the private map. */
const USES_METADATA = [
  /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
  /[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/]property\.js$/,
];

export function privateLit(): Plugin {
  const seen = new Set<Rewrite>();
  return {
    name: 'report-story:private-lit',
    enforce: 'pre',
    resolveId(id) {
      return id === METADATA_MODULE ? id : undefined;
    },
    load(id) {
      return id === METADATA_MODULE
        ? '/** Lit property metadata, private to this bundle. */\nexport const litPropertyMetadata = new WeakMap();\n'
        : undefined;
    },
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      const rewrites = REWRITES.filter((rewrite) => rewrite.file.test(path));
      if (!rewrites.length) return undefined;
      let out = code;
      for (const rewrite of rewrites) {
        const found = out.match(rewrite.pattern)?.length ?? 0;
        if (found !== rewrite.count) {
          this.error(
            `private-lit: expected ${rewrite.count} match(es) of ${rewrite.pattern} in ${path}, found ${found}. ` +
              'Lit changed: update scripts/private-lit.ts so the embed adds no globals.',
          );
        }
        out = out.replace(rewrite.pattern, rewrite.replacement);
        seen.add(rewrite);
      }
      if (USES_METADATA.some((file) => file.test(path))) {
        // Appended, not prepended (imports are hoisted), so line numbers and source maps stay put.
        out = `${out}\nimport { litPropertyMetadata } from ${JSON.stringify(METADATA_MODULE)};\n`;
      }
      return { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missing = REWRITES.filter((rewrite) => !seen.has(rewrite));
      // property.js is only bundled when something imports it (every element does, through @property).
      if (missing.length) {
        this.error(
          `private-lit: these Lit files were not transformed: ${missing.map((m) => String(m.file)).join(', ')}`,
        );
      }
    },
  };
}
