/**
 * `studio.html`: the studio, wired — the worker, IndexedDB (or memory, said on the page, where the
 * browser allows no storage), the channel to other tabs, the keyboard; `?lang=en` for English,
 * `?report=<url>` to open a report at once.
 */
import '../../src/all.js';
import { normalizeLocale } from '../../src/format/format.js';
import { Studio } from './app.js';
import { tabChannel } from './channel.js';
import { workerExtractor } from './extractor.js';
import { Session } from './session.js';
import { indexedDbStore, memoryStore, type ProjectStore } from './store.js';

const params = new URLSearchParams(location.search);
const ui = normalizeLocale(params.get('lang'));
const root = document.getElementById('app') ?? document.body;

async function start(): Promise<void> {
  let store: ProjectStore;
  let persistent = true;
  try {
    store = await indexedDbStore();
  } catch {
    store = memoryStore();
    persistent = false;
  }
  const extractor = workerExtractor(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    // Loaded when first asked for: a draft is made once, when the editor asks for it.
    async (dataset, options) =>
      (await import('../../src/story/draft.js')).draftStory(dataset, options),
  );
  // The session tells of changes once the studio exists (it says nothing while it is made).
  const session: Session = new Session({
    store,
    extractor,
    onChange: () => {
      studio.draw();
    },
  });
  session.channel = tabChannel(crypto.randomUUID(), (notice) => session.heard(notice));
  const studio = new Studio({ ui, root, session, extractor });
  if (!persistent) studio.message = { kind: 'error', text: studio.words.saving.noStorage };
  document.addEventListener('keydown', (event) => {
    studio.onKey(event);
  });
  studio.draw();
  const restored = await session.restore();
  if (restored) {
    studio.tab = 'review';
    studio.message = {
      kind: 'note',
      text: studio.words.open.restored(restored.extraction.dataset.title.zh),
    };
  }
  studio.drawInParts();
  const report = params.get('report');
  if (report) studio.openUrl(report);
}

void start();
