// @ts-check
/** Removes the npm build (`dist/src`, `dist/components`) so a pack never ships a stale module. */
import { rmSync } from 'node:fs';

for (const dir of ['dist/src', 'dist/components']) rmSync(dir, { recursive: true, force: true });
