/** HashController: the URL fragment, followed while connected and replaced without history. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeHash, HashController } from '../../../src/controllers/hash-controller.js';
import { cleanupHosts, connect, makeHost, moveHost, trackLeaks } from './host.js';

let start = '';

beforeEach(() => {
  start = location.href;
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanupHosts();
  history.replaceState(history.state, '', start);
});

function hashHost() {
  const seen: string[] = [];
  const { host, controller } = makeHost((host) => new HashController(host, (h) => seen.push(h)));
  return { host, controller, seen };
}

/** Sets the fragment as a link or the address bar would, and waits for its `hashchange`. */
async function navigate(hash: string): Promise<void> {
  const changed = new Promise((resolve) =>
    window.addEventListener('hashchange', resolve, { once: true }),
  );
  location.hash = hash;
  await changed;
}

describe('HashController', () => {
  it('calls onChange with each new fragment, decoded and without #', async () => {
    const { host, seen } = hashHost();
    await connect(host);
    await navigate('slide-2');
    await navigate('%E7%AC%AC3%E5%BC%A0');
    expect(seen).toEqual(['slide-2', '第3张']);
  });

  it('reads the current fragment decoded', async () => {
    const { host, controller } = hashHost();
    await connect(host);
    await navigate('%E7%AC%AC');
    expect(controller.hash).toBe('第');
  });

  it('replaces the fragment without a history entry and without a hashchange', async () => {
    const { host, controller, seen } = hashHost();
    await connect(host);
    const entries = history.length;
    controller.replace('第2张');
    expect(controller.hash).toBe('第2张');
    expect(location.hash).toBe('#%E7%AC%AC2%E5%BC%A0');
    expect(history.length).toBe(entries);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
  });

  it('leaves the history alone when the fragment is already the one asked for', async () => {
    const { host, controller } = hashHost();
    await connect(host);
    controller.replace('same');
    const replace = vi.spyOn(history, 'replaceState');
    controller.replace('same');
    expect(replace).not.toHaveBeenCalled();
  });

  it('keeps working where the document refuses to change its URL (a sandbox)', async () => {
    const { host, controller } = hashHost();
    await connect(host);
    vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect(() => controller.replace('elsewhere')).not.toThrow();
    expect(controller.hash).not.toBe('elsewhere');
  });

  it('stops listening on disconnect, once per connection when reconnected or moved', async () => {
    const tracker = trackLeaks();
    const { host, seen } = hashHost();
    await connect(host);
    expect(tracker.live()).toEqual(['listener Window hashchange']);
    host.remove();
    expect(tracker.live()).toEqual([]);
    await navigate('while-away');
    expect(seen).toEqual([]);
    await connect(host);
    const other = moveHost(host);
    await navigate('back');
    expect(seen).toEqual(['back']);
    other.remove();
    expect(tracker.live()).toEqual([]);
  });
});

describe('decodeHash', () => {
  it('drops the # and decodes, leaving a malformed escape as written', () => {
    expect(decodeHash('#a%20b')).toBe('a b');
    expect(decodeHash('plain')).toBe('plain');
    expect(decodeHash('#%E7%AC')).toBe('%E7%AC');
    expect(decodeHash('')).toBe('');
  });
});
