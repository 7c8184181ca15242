/** FullscreenController: the host in and out of fullscreen, refusals answered, updates on change. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FullscreenController } from '../../../src/controllers/fullscreen-controller.js';
import { until } from '../helpers.js';
import { cleanupHosts, connect, makeHost, moveHost, trackLeaks } from './host.js';

afterEach(async () => {
  vi.restoreAllMocks();
  cleanupHosts();
  if (document.fullscreenElement) await document.exitFullscreen();
});

async function fullscreenHost() {
  const { host, controller } = makeHost((host) => new FullscreenController(host));
  host.textContent = '幻灯片';
  await connect(host);
  return { host, controller };
}

/** Runs `action` in the handler of a real click: the user activation fullscreen needs. */
async function inClick<T>(action: () => Promise<T>): Promise<T> {
  const button = document.createElement('button');
  button.textContent = 'go';
  document.body.append(button);
  let result: Promise<T> | undefined;
  button.addEventListener(
    'click',
    () => {
      result = action();
    },
    { once: true },
  );
  await userEvent.click(button);
  button.remove();
  return until(() => result, 'the click handler ran');
}

describe('FullscreenController', () => {
  it('enters fullscreen from a click and leaves it again, the host updating each time', async () => {
    const { host, controller } = await fullscreenHost();
    expect(controller.available).toBe(true);
    expect(controller.active).toBe(false);
    host.requests = 0;
    expect(await inClick(() => controller.toggle())).toBe(true);
    expect(document.fullscreenElement).toBe(host);
    expect(controller.active).toBe(true);
    await until(() => host.requests > 0, 'an update on entering');
    host.requests = 0;
    expect(await controller.toggle()).toBe(true);
    expect(document.fullscreenElement).toBe(null);
    expect(controller.active).toBe(false);
    await until(() => host.requests > 0, 'an update on leaving');
  });

  it('asks the browser to hide its navigation UI', async () => {
    const { host, controller } = await fullscreenHost();
    const request = vi.spyOn(host, 'requestFullscreen').mockResolvedValue(undefined);
    await controller.toggle();
    expect(request).toHaveBeenCalledWith({ navigationUI: 'hide' });
  });

  it('resolves false, without throwing, when the browser refuses', async () => {
    const { host, controller } = await fullscreenHost();
    vi.spyOn(host, 'requestFullscreen').mockRejectedValue(
      new TypeError('Permissions check failed'),
    );
    expect(await controller.toggle()).toBe(false);
    expect(controller.active).toBe(false);
  });

  it('says when the page may not go fullscreen (an iframe without allowfullscreen)', async () => {
    const { controller } = await fullscreenHost();
    vi.spyOn(document, 'fullscreenEnabled', 'get').mockReturnValue(false);
    expect(controller.available).toBe(false);
  });

  it('is active only while the host itself is the fullscreen element', async () => {
    const { host, controller } = await fullscreenHost();
    const other = document.createElement('div');
    const fullscreen = vi.spyOn(document, 'fullscreenElement', 'get').mockReturnValue(other);
    expect(controller.active).toBe(false);
    fullscreen.mockReturnValue(host);
    expect(controller.active).toBe(true);
  });

  it('exit() leaves fullscreen only when the host is in it, and swallows a refusal', async () => {
    const { host, controller } = await fullscreenHost();
    const exit = vi.spyOn(document, 'exitFullscreen').mockRejectedValue(new TypeError('no'));
    await controller.exit();
    expect(exit).not.toHaveBeenCalled();
    vi.spyOn(document, 'fullscreenElement', 'get').mockReturnValue(host);
    await expect(controller.exit()).resolves.toBeUndefined();
    expect(exit).toHaveBeenCalledOnce();
  });

  it('listens for fullscreenchange only while connected, once however it was reconnected', async () => {
    const tracker = trackLeaks();
    const { host } = await fullscreenHost();
    expect(tracker.live()).toEqual(['listener HTMLDocument fullscreenchange']);
    host.remove();
    expect(tracker.live()).toEqual([]);
    host.requests = 0;
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(host.requests).toBe(0);
    await connect(host);
    const other = moveHost(host);
    expect(tracker.live()).toEqual(['listener HTMLDocument fullscreenchange']);
    host.requests = 0;
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(host.requests).toBe(1);
    other.remove();
    expect(tracker.live()).toEqual([]);
  });
});
