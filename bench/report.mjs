// @ts-check
/**
 * The targets of issues 7 and 15, checked against one run's figures, and the table `npm run bench`
 * prints.
 */

/**
 * @typedef {object} Results
 * @property {string} date
 * @property {Record<string, unknown>} machine
 * @property {number} runs
 * @property {Awaited<ReturnType<typeof import('./sizes.mjs').measureSizes>>} [sizes]
 * @property {import('./embed.mjs').EmbedResults} [embed]
 * @property {import('./counters.mjs').CounterResults} [counters]
 * @property {import('./story.mjs').StoryResults} [story]
 * @property {import('./extract.mjs').ExtractResults} [extract]
 * @property {Target[]} [targets]
 */

/**
 * @typedef {object} Target
 * @property {string} name
 * @property {string} goal
 * @property {string} value the figure measured, as shown
 * @property {boolean} met
 * @property {string} [missedBy] how far from the goal, as shown
 * @property {string} [why]
 */

const KiB = 1024;
/** @param {number} bytes */
const kib = (bytes) => (bytes / KiB).toFixed(1);
/** @param {number} ms */
const ms = (ms) => `${ms.toFixed(1)} ms`;
/** @param {number} ratio */
const times = (ratio) => `${ratio.toFixed(2)}×`;

/**
 * The size attribution, as a short list: the largest groups, with how much each weighs.
 * @param {{ group: string, gzip: number }[]} shares
 * @param {number} count
 */
function largest(shares, count) {
  return shares
    .slice(0, count)
    .map((share) => `${share.group} ${kib(share.gzip)}`)
    .join(', ');
}

/**
 * @param {Results} results
 * @returns {Target[]}
 */
export function evaluateTargets(results) {
  /** @type {Target[]} */
  const targets = [];
  const sizes = results.sizes;
  if (sizes) {
    const counter = sizes.rows.find((row) => row.name === 'report-counter');
    if (counter) {
      const gzip = counter.size.gzip;
      const goal = 8 * KiB;
      const shares = sizes.elementAttribution['counter'] ?? [];
      targets.push({
        name: 'counter alone, gzip',
        goal: '≤ 8 KiB',
        value: `${kib(gzip)} KiB`,
        met: gzip <= goal,
        missedBy: `${kib(gzip - goal)} KiB (${times(gzip / goal)})`,
        why:
          `Lit alone takes ${kib(shares.find((s) => s.group === 'lit')?.gzip ?? 0)} of the 8 KiB; ` +
          'the counter also loads and validates datasets (schema, valibot), formats through the ' +
          `report formatter and exports SVG; largest parts (KiB gzip): ${largest(shares, 6)}`,
      });
    }
  }
  const embed = results.embed;
  if (embed) {
    const core = results.sizes?.attribution ?? [];
    /** @param {string} name @param {number} bytes @param {number} goal KiB @param {string} [why] */
    const atMost = (name, bytes, goal, why) =>
      targets.push({
        name,
        goal: `≤ ${goal} KiB`,
        value: `${kib(bytes)} KiB`,
        met: bytes <= goal * KiB,
        missedBy: `${kib(bytes - goal * KiB)} KiB`,
        ...(why ? { why } : {}),
      });
    atMost(
      'one-counter page: script, gzip',
      embed.oneCounter.gzip,
      20,
      'the loader, the core (Lit, the data loader with its validation, the formatter, the ' +
        `controllers) and the counter's chunk; largest parts of the core (KiB gzip): ${largest(core, 8)}`,
    );
    atMost('the loader alone, gzip', embed.loader.gzip, 4);
    targets.push({
      name: 'all-widget page: script, gzip',
      goal: `≤ one file (${kib(embed.oneFile.gzip)} KiB)`,
      value: `${kib(embed.allWidgets.gzip)} KiB`,
      met: embed.allWidgets.gzip <= embed.oneFile.gzip,
      missedBy: `${kib(embed.allWidgets.gzip - embed.oneFile.gzip)} KiB`,
      why: 'nine files compress separately: what they share in words compresses once per file',
    });
    const scripts = embed.oneCounterScripts.length;
    targets.push({
      name: 'scripts requested for one counter',
      goal: '≤ 3, in parallel',
      value: `${scripts} (${embed.oneCounterScripts.map((s) => s.replace(/^.*\//, '')).join(', ')})`,
      met: scripts <= 3,
      missedBy: `${scripts - 3}`,
    });
    const data = embed.datasetRequests;
    if (data) {
      targets.push({
        name: 'requests for the dataset URL, one-counter page',
        goal: '1 on each page',
        value: `loader ${data.loader}, snippet ${data.snippet}, one file ${data.oneFile}`,
        met: [data.loader, data.snippet, data.oneFile].every((n) => n === 1),
        missedBy: 'a second request',
        why: "a preload the elements' fetch did not take over (its mode or credentials differ)",
      });
    }
    const before = embed.fast3g.oneFile.median;
    for (const [kind, label, why] of /** @type {const} */ ([
      ['snippet', "the builder's snippet (preload lines)", undefined],
      [
        'loader',
        'the script tag alone',
        'the chunks and the dataset are asked for once the loader has run: the one file asks for the dataset once it has run too, and its script is 60 KiB to the chunks’ 33',
      ],
    ])) {
      const time = embed.fast3g[kind].median;
      targets.push({
        name: `Fast 3G, counter's final value: ${label}`,
        goal: '≤ one file',
        value: `${ms(time)} vs ${ms(before)} (${times(time / before)})`,
        met: time <= before,
        missedBy: ms(time - before),
        ...(why ? { why } : {}),
      });
    }
  }
  const counters = results.counters;
  if (counters) {
    const mount = counters.ratios.mountToPaint;
    targets.push({
      name: '1000 counters: mount to first paint',
      goal: '≤ 1.5× CountUp',
      value: `${times(mount)} (${ms(counters.ours.median.mountToPaint)} vs ${ms(counters.countup.median.mountToPaint)})`,
      met: mount <= 1.5,
      missedBy: `${(counters.ours.median.mountToPaint - 1.5 * counters.countup.median.mountToPaint).toFixed(0)} ms`,
      why: counters.why.mount,
    });
    const fps = counters.ratios.fps;
    targets.push({
      name: '1000 counters: fps while animating',
      goal: '≥ 0.95× CountUp',
      value: `${times(fps)} (${counters.ours.median.fps.toFixed(1)} vs ${counters.countup.median.fps.toFixed(1)} fps)`,
      met: fps >= 0.95,
      missedBy: `${((0.95 - fps) * 100).toFixed(0)} points`,
      why: counters.why.fps,
    });
  }
  const story = results.story;
  if (story) {
    const m = story.median;
    targets.push({
      name: 'story scroll: frame time p95',
      goal: '≤ 16.7 ms',
      value: ms(m.frameP95),
      met: m.frameP95 <= 16.7,
      missedBy: ms(m.frameP95 - 16.7),
      why: story.why.frames,
    });
    targets.push({
      name: 'story scroll: long tasks',
      goal: 'none',
      value: String(m.longTasks),
      met: m.longTasks === 0,
      missedBy: `${m.longTasks} (longest ${ms(m.longestTask)})`,
      why: story.why.longTasks,
    });
    targets.push({
      name: 'story: cumulative layout shift',
      goal: '< 0.01',
      value: m.cls.toFixed(4),
      met: m.cls < 0.01,
      missedBy: (m.cls - 0.01).toFixed(4),
      why: story.why.cls,
    });
  }
  const extract = results.extract;
  if (extract) {
    const long = extract.long.ms.median;
    targets.push({
      name: `extract: a ${extract.long.characters}-character report`,
      goal: '< 1000 ms',
      value: ms(long),
      met: long < 1000,
      missedBy: ms(long - 1000),
      why: 'the readers scan each sentence once per kind of phrase; see the per-10,000 figure',
    });
  }
  return targets;
}

/**
 * @param {string[][]} rows the first row is the header
 * @param {('l' | 'r')[]} align
 */
function table(rows, align) {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** @param {{ median: number, min: number, max: number }} spread @param {(n: number) => string} show */
function withSpread(spread, show) {
  return `${show(spread.median)} (${show(spread.min)}–${show(spread.max)})`;
}

/**
 * @param {Results} results
 * @returns {string}
 */
export function formatReport(results) {
  const m = results.machine;
  const out = [
    '',
    `${String(m['cpus'])}, ${String(m['memoryGiB'])} GiB, Node ${String(m['node'])}` +
      (m['chromium'] ? `, Chromium ${String(m['chromium'])}` : '') +
      `; load average (1, 5, 15 min) ${String(m['loadAverageAtStart']).replaceAll(',', ' ')} at the start, ${String(m['loadAverageAtEnd']).replaceAll(',', ' ')} at the end`,
    '',
  ];
  const sizes = results.sizes;
  if (sizes) {
    out.push('Sizes, KiB (minified; gzip -9 and brotli -q 11 of the same bytes)', '');
    /** @type {string[][]} */
    const rows = [['', 'min', 'gzip', 'brotli', 'against']];
    for (const row of sizes.rows) {
      const peer = row.peerOf;
      const ours = peer ? sizes.rows.find((r) => r.name === peer) : undefined;
      rows.push([
        peer ? `  ${row.name}` : row.name,
        kib(row.size.minified),
        kib(row.size.gzip),
        kib(row.size.brotli),
        peer && ours ? `${peer} is ${times(ours.size.gzip / row.size.gzip)} its gzip` : '',
      ]);
    }
    out.push(table(rows, ['l', 'r', 'r', 'r', 'l']), '');
    out.push(
      `report-story.core.js by origin (KiB gzip, shares of the whole): ${largest(sizes.attribution, 12)}`,
      '',
    );
  }
  const embed = results.embed;
  if (embed) {
    out.push('The module embed as a page gets it (each file compressed alone), KiB', '');
    /** @type {[string, import('./sizes.mjs').Size][]} */
    const lines = [
      ['the loader alone (report-story.js)', embed.loader],
      ['a one-counter page (loader + core + counter)', embed.oneCounter],
      ['a page with every widget (loader + core + 7 chunks)', embed.allWidgets],
      ['  the one file before (every element, one module)', embed.oneFile],
    ];
    out.push(
      table(
        [
          ['', 'min', 'gzip', 'brotli'],
          ...lines.map(([label, size]) => [
            label,
            kib(size.minified),
            kib(size.gzip),
            kib(size.brotli),
          ]),
        ],
        ['l', 'r', 'r', 'r'],
      ),
      '',
      `scripts a one-counter page requested: ${embed.oneCounterScripts.join(', ')}`,
      ...(embed.datasetRequests
        ? [
            `requests for the dataset URL: loader ${embed.datasetRequests.loader}, snippet ${embed.datasetRequests.snippet}, one file ${embed.datasetRequests.oneFile}`,
          ]
        : []),
      `${embed.setup}:`,
      `  the builder's snippet (preload lines + loader) ${withSpread(embed.fast3g.snippet, ms)}`,
      `  the loader's script tag alone                  ${withSpread(embed.fast3g.loader, ms)}`,
      `  the one file before                            ${withSpread(embed.fast3g.oneFile, ms)}`,
      `median of ${results.runs} runs each (min–max)`,
      '',
    );
  }
  const counters = results.counters;
  if (counters) {
    out.push(`1000 counters against 1000 CountUp.js (${counters.setup})`, '');
    /** @type {string[][]} */
    const rows = [['', 'report-counter', 'CountUp.js', 'ratio']];
    /** @type {[string, keyof import('./counters.mjs').CounterRun, (n: number) => string][]} */
    const lines = [
      ['mount to first paint', 'mountToPaint', ms],
      ['  the mounting task', 'script', ms],
      ['  + first renders', 'render', ms],
      ['JS heap after mount', 'heap', (n) => `${(n / 2 ** 20).toFixed(1)} MiB`],
      ['  added by the 1000', 'heapPerCounter', (n) => `${(n / 2 ** 20).toFixed(1)} MiB`],
      ['frames per second while counting', 'fps', (n) => n.toFixed(1)],
      ['longest frame while counting', 'longestFrame', ms],
    ];
    for (const [label, key, show] of lines) {
      rows.push([
        label,
        withSpread(counters.ours.spread[key], show),
        withSpread(counters.countup.spread[key], show),
        times(counters.ours.median[key] / counters.countup.median[key]),
      ]);
    }
    out.push(table(rows, ['l', 'r', 'r', 'r']));
    out.push(`median of ${results.runs} runs each (min–max)`, '');
  }
  const story = results.story;
  if (story) {
    out.push(`The story page (${story.setup})`, '');
    const s = story.spread;
    /** @type {string[][]} */
    const rows = [
      ['frame time, median', withSpread(s.frameMedian, ms)],
      ['frame time, p95', withSpread(s.frameP95, ms)],
      ['frames over 33 ms', withSpread(s.over33, String)],
      ['frames', withSpread(s.frames, String)],
      ['long tasks during the scroll', withSpread(s.longTasks, String)],
      ['long tasks while loading', withSpread(s.loadLongTasks, String)],
      ['cumulative layout shift', withSpread(s.cls, (n) => n.toFixed(4))],
      ['first step active', withSpread(s.firstStep, ms)],
    ];
    out.push(table(rows, ['l', 'r']));
    out.push(`median of ${results.runs} runs (min–max)`, '');
  }
  const extract = results.extract;
  if (extract) {
    out.push(`The extractor (${extract.setup})`, '');
    /** @type {string[][]} */
    const rows = [
      [
        `corpus: ${extract.corpus.reports} reports, ${extract.corpus.characters} characters, per 10,000 characters`,
        withSpread(extract.corpus.msPer10k, ms),
      ],
      [
        `a ${extract.long.characters}-character report (${extract.long.figures} figures)`,
        withSpread(extract.long.ms, ms),
      ],
      ['  its first, cold read', ms(extract.coldMs)],
    ];
    out.push(table(rows, ['l', 'r']));
    out.push(`median of ${results.runs} runs (min–max)`, '');
  }
  const targets = results.targets ?? [];
  if (targets.length) {
    out.push('Targets', '');
    out.push(
      table(
        [
          ['', 'goal', 'measured', ''],
          ...targets.map((t) => [
            t.name,
            t.goal,
            t.value,
            t.met ? 'met' : `missed by ${t.missedBy ?? '?'}`,
          ]),
        ],
        ['l', 'l', 'l', 'l'],
      ),
    );
    const missed = targets.filter((t) => !t.met && t.why);
    if (missed.length) {
      out.push('', 'Why:');
      for (const t of missed) out.push(`- ${t.name}: ${t.why}`);
    }
    out.push('');
  }
  return out.join('\n');
}
