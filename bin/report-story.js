#!/usr/bin/env node
// The `report-story` command of the npm package; the code is compiled from src/cli/.
import '../dist/src/cli/report-story.js';
