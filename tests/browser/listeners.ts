/**
 * Records the listeners added to targets outside any element's shadow tree — window, document,
 * media queries — so that a test can check that an element released all of them.
 */
export function trackGlobalListeners(): { active(): string[]; restore(): void } {
  const proto = EventTarget.prototype;
  const original = { add: proto.addEventListener, remove: proto.removeEventListener };
  const live = new Map<string, { target: EventTarget; type: string; listener: unknown }>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (value: object) => {
    let n = ids.get(value);
    if (n === undefined) ids.set(value, (n = next++));
    return n;
  };
  const global = (target: EventTarget) => !(target instanceof Node) || target === document;
  const key = (target: EventTarget, type: string, listener: object) =>
    `${id(target)}|${type}|${id(listener)}`;

  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (listener && global(this))
      live.set(key(this, type, listener), { target: this, type, listener });
    original.add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (listener) live.delete(key(this, type, listener));
    original.remove.call(this, type, listener, options);
  };
  return {
    active: () =>
      [...live.values()].map(({ target, type }) => `${target.constructor.name} ${type}`),
    restore: () => {
      proto.addEventListener = original.add;
      proto.removeEventListener = original.remove;
    },
  };
}
