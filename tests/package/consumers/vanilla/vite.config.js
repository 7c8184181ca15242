// A plain Vite multi-page app. `ENTRY=<page>` builds one page alone (the tree-shaking checks).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = ['index', 'counter-only', 'main-only'];
const only = process.env.ENTRY;

export default defineConfig({
  build: {
    outDir: only ? `dist-${only}` : 'dist',
    minify: true,
    rolldownOptions: {
      input: Object.fromEntries(
        (only ? [only] : pages).map((page) => [page, resolve(import.meta.dirname, `${page}.html`)]),
      ),
    },
  },
});
