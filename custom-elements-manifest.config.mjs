// @ts-check
/** Generates custom-elements.json from the elements' JSDoc (`npm run analyze`). */
export default {
  globs: ['components/*/*.ts', 'src/element.ts'],
  exclude: ['**/*.styles.ts', '**/define.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
