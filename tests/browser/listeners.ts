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

  const wrapAdd = (add: EventTarget['addEventListener']) =>
    function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (listener && global(this))
        live.set(key(this, type, listener), { target: this, type, listener });
      add.call(this, type, listener, options);
    };
  const wrapRemove = (remove: EventTarget['removeEventListener']) =>
    function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      if (listener) live.delete(key(this, type, listener));
      remove.call(this, type, listener, options);
    };
  proto.addEventListener = wrapAdd(original.add);
  proto.removeEventListener = wrapRemove(original.remove);
  // The test runner gives `window` methods of its own, which the prototype's do not reach.
  const own = Object.prototype.hasOwnProperty.call(window, 'addEventListener')
    ? { add: window.addEventListener, remove: window.removeEventListener }
    : undefined;
  if (own) {
    window.addEventListener = wrapAdd(own.add);
    window.removeEventListener = wrapRemove(own.remove);
  }
  return {
    active: () =>
      [...live.values()].map(({ target, type }) => `${target.constructor.name} ${type}`),
    restore: () => {
      proto.addEventListener = original.add;
      proto.removeEventListener = original.remove;
      if (own) {
        window.addEventListener = own.add;
        window.removeEventListener = own.remove;
      }
    },
  };
}
