/** ChildrenController: the host's child elements on connect and after every change, while connected. */
import { afterEach, describe, expect, it } from 'vitest';
import { ChildrenController } from '../../../src/controllers/children-controller.js';
import { cleanupHosts, connect, makeHost, moveHost, trackLeaks } from './host.js';

afterEach(() => {
  cleanupHosts();
});

/** A host whose controller records the ids of the children it is given, call by call. */
function recorded(markup = '') {
  const calls: string[][] = [];
  const { host } = makeHost(
    (host) => new ChildrenController(host, (children) => calls.push(children.map((c) => c.id))),
  );
  host.innerHTML = markup;
  return { host, calls };
}

/** Lets mutation observers deliver. */
const mutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ChildrenController', () => {
  it('hands over the child elements (not text) once when the host connects', async () => {
    const { host, calls } = recorded('<p id="a"></p> text <p id="b"></p>');
    expect(calls).toEqual([]);
    await connect(host);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('hands over the new list after children are added, removed or reordered', async () => {
    const { host, calls } = recorded('<p id="a"></p>');
    await connect(host);
    host.insertAdjacentHTML('beforeend', '<p id="b"></p>');
    await mutations();
    host.querySelector('#a')!.remove();
    await mutations();
    host.prepend(Object.assign(document.createElement('p'), { id: 'c' }));
    await mutations();
    expect(calls).toEqual([['a'], ['a', 'b'], ['b'], ['c', 'b']]);
  });

  it('is not called for changes deeper than the children, or to their attributes', async () => {
    const { host, calls } = recorded('<div id="a"></div>');
    await connect(host);
    host.firstElementChild!.append(document.createElement('span'));
    host.firstElementChild!.setAttribute('title', 'x');
    await mutations();
    expect(calls).toEqual([['a']]);
  });

  it('stops watching on disconnect, and reads the children again on reconnect', async () => {
    const { host, calls } = recorded('<p id="a"></p>');
    await connect(host);
    host.remove();
    host.insertAdjacentHTML('beforeend', '<p id="b"></p>');
    await mutations();
    expect(calls).toEqual([['a']]);
    await connect(host);
    expect(calls).toEqual([['a'], ['a', 'b']]);
    host.insertAdjacentHTML('beforeend', '<p id="c"></p>');
    await mutations();
    // One observer after reconnecting: one call per change, not two.
    expect(calls).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']]);
  });

  it('keeps one observer while the host is moved, and none once it is gone', async () => {
    const tracker = trackLeaks();
    const { host, calls } = recorded('<p id="a"></p>');
    await connect(host);
    const other = moveHost(host);
    expect(tracker.live()).toEqual(['MutationObserver']);
    host.append(document.createElement('p'));
    await mutations();
    expect(calls).toHaveLength(3);
    other.remove();
    expect(tracker.live()).toEqual([]);
  });
});
