// @ts-check
/**
 * Generates custom-elements.json from the elements' JSDoc (`npm run analyze`).
 *
 * The manifest describes the published package, so its module paths name the files an installer
 * gets (`dist/components/counter/counter.js`, not the TypeScript source), and each element's
 * `define.js` module — the one `report-story/report-<name>.js` points at — carries its
 * `custom-element-definition` (the analyzer cannot see through `defineElement()`).
 */

/**
 * `components/counter/counter.ts` or `/src/element.js` → `dist/…/….js`.
 * @param {string} path
 */
function published(path) {
  const plain = path.replace(/^\/+/, '').replace(/\.ts$/, '.js');
  return /^(src|components)\//.test(plain) ? `dist/${plain}` : plain;
}

/**
 * Rewrites every `path` and `module` field, at any depth.
 * @param {unknown} node
 */
function rewrite(node) {
  if (Array.isArray(node)) {
    node.forEach(rewrite);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        /** @type {Record<string, unknown>} */ (node)[key] = published(value);
      } else {
        rewrite(value);
      }
    }
  }
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function publishedPaths() {
  return {
    name: 'report-story:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
      /** @type {import('custom-elements-manifest/schema').JavaScriptModule[]} */
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        const folder = /^dist\/components\/([^/]+)\//.exec(module.path)?.[1];
        for (const declaration of module.declarations ?? []) {
          if (!folder || !('customElement' in declaration) || !declaration.tagName) continue;
          const reference = { name: declaration.name, module: module.path };
          definitions.push({
            kind: 'javascript-module',
            path: `dist/components/${folder}/define.js`,
            declarations: [],
            exports: [
              {
                kind: 'custom-element-definition',
                name: declaration.tagName,
                declaration: reference,
              },
              { kind: 'js', name: declaration.name, declaration: reference },
            ],
          });
        }
      }
      customElementsManifest.modules.push(...definitions);
    },
  };
}

export default {
  globs: [
    'components/*/*.ts',
    'src/element.ts',
    'src/data-element.ts',
    'src/item-element.ts',
    'src/diagram-element.ts',
  ],
  exclude: ['**/*.styles.ts', '**/define.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publishedPaths()],
};
