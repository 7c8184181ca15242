#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: installs the dependencies when they are missing or older than the lockfile, then
 * serves the story page with Vite on http://127.0.0.1:5173/. Arguments go to Vite
 * (`npm start -- --port 8080`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function dependenciesStale() {
  const marker = 'node_modules/.package-lock.json';
  if (!existsSync('node_modules/vite/package.json') || !existsSync(marker)) return true;
  return (
    existsSync('package-lock.json') &&
    statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs
  );
}

if (dependenciesStale()) {
  console.log('Installing dependencies (npm ci) …');
  const install = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error('npm ci failed; see the messages above.');
    process.exit(install.status ?? 1);
  }
}

const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => vite.kill(signal));
}
vite.on('exit', (code) => process.exit(code ?? 0));
