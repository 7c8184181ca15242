/// <reference types="node" />
/** The `report-story` command (see `run.ts`). */
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
