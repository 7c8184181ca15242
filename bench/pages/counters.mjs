// @ts-check
/**
 * The 1000-counter page, for report-story's counter (`?lib=ours`) or CountUp.js (`?lib=countup`).
 * Same grid, same values, same duration, both started on load: CountUp.js by `start()` right after
 * construction (its usual way); report-counter by its default trigger, coming into view (every cell
 * is in the viewport), which is what an editor's page gets.
 *
 * `window.bench.mount()` mounts the 1000 and resolves with the time from the start of mounting to
 * the end of the first frame that shows them (a task posted from that frame's requestAnimationFrame
 * runs once it is painted), and the first-contentful-paint entry (the page paints nothing before).
 * `window.bench.animation` resolves once every counter reached its value, with every frame's
 * timestamp from the first counting frame to the last.
 */

const params = new URLSearchParams(location.search);
const lib = params.get('lib') === 'countup' ? 'countup' : 'ours';
const count = Number(params.get('n') ?? 1000);
const duration = Number(params.get('duration') ?? 2000);

/** The same value for cell `i` on both pages: one decimal, grouped (4,321.5). */
const valueOf = (/** @type {number} */ i) => 100 + ((i * 7919) % 9000) + 0.5;
const labelOf = (/** @type {number} */ i) => `指标${i + 1}`;

const grid = /** @type {HTMLElement} */ (document.getElementById('grid'));

/** The library under test, bundled by bench/counters.mjs (served from dist/bench/). */
const bundleUrl = `/bundles/${lib === 'countup' ? 'countup' : 'report-counter'}.js`;
/** @type {{ CountUp: new (target: HTMLElement, end: number, options: object) => { start(done?: () => void): void, error: string } }} */
const countUpModule = await import(bundleUrl);

/** @type {number[]} */
const frames = [];
let firstStart = Infinity;
let lastEnd = 0;
let ended = 0;
/** @type {(value: { frames: number[], start: number, end: number }) => void} */
let finish = () => {};
const animation = new Promise((resolve) => (finish = resolve));

function frame(/** @type {number} */ now) {
  frames.push(now);
  if (ended < count) requestAnimationFrame(frame);
  else finish({ frames, start: firstStart, end: lastEnd });
}

function started() {
  firstStart = Math.min(firstStart, performance.now());
}

function done() {
  lastEnd = Math.max(lastEnd, performance.now());
  ended += 1;
}

document.addEventListener('report-count-start', started);
document.addEventListener('report-count-end', done);

/** @type {Promise<number>} */
const contentfulPaint = new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) resolve(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
});

function mountOurs() {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const counter = document.createElement('report-counter');
    counter.className = 'cell';
    counter.setAttribute('value', String(valueOf(i)));
    counter.setAttribute('unit', '亿元');
    counter.setAttribute('label', labelOf(i));
    counter.setAttribute('duration', String(duration));
    fragment.append(counter);
  }
  grid.append(fragment);
}

function mountCountUp() {
  const fragment = document.createDocumentFragment();
  /** @type {HTMLElement[]} */
  const numbers = [];
  for (let i = 0; i < count; i++) {
    const cell = document.createElement('div');
    cell.className = 'cell countup';
    const label = document.createElement('div');
    label.className = 'label';
    label.textContent = labelOf(i);
    const value = document.createElement('div');
    value.className = 'value';
    const number = document.createElement('span');
    number.className = 'number';
    const unit = document.createElement('span');
    unit.className = 'unit';
    unit.textContent = '亿元';
    value.append(number, unit);
    cell.append(label, value);
    fragment.append(cell);
    numbers.push(number);
  }
  grid.append(fragment);
  numbers.forEach((number, i) => {
    const counter = new countUpModule.CountUp(number, valueOf(i), {
      duration: duration / 1000,
      decimalPlaces: 1,
      separator: ',',
    });
    if (counter.error) throw new Error(counter.error);
    counter.start(done);
  });
  // CountUp.js counts from the next frame on; this callback runs in that frame.
  requestAnimationFrame(started);
}

/**
 * @typedef {object} Mounted
 * @property {number} mountToPaint ms from the start of mounting to the end of the first frame showing them
 * @property {number} contentfulPaint ms from the start of mounting to first-contentful-paint
 * @property {number} script ms of the mounting task itself (creating, appending, starting)
 * @property {number} render ms until the elements' own first renders are done (microtasks after the task)
 */

/** @returns {Promise<Mounted>} */
function mount() {
  const t0 = performance.now();
  if (lib === 'ours') mountOurs();
  else mountCountUp();
  const script = performance.now() - t0;
  let render = script;
  // Lit renders each element in a microtask queued as it connects (behind one resolved await):
  // two microtask hops later, those renders are done, still before any task or frame.
  queueMicrotask(() =>
    queueMicrotask(() => {
      render = performance.now() - t0;
    }),
  );
  requestAnimationFrame(frame);
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = async () => {
        const painted = performance.now();
        resolve({
          mountToPaint: painted - t0,
          contentfulPaint: (await contentfulPaint) - t0,
          script,
          render,
        });
      };
      channel.port2.postMessage(undefined);
    });
  });
}

Object.assign(window, { bench: { lib, mount, animation, ready: true } });
