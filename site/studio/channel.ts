/**
 * Tabs on one project hear each other: every save is announced on a BroadcastChannel with the
 * project and its new revision, so a second tab learns at once that its copy is behind (and is
 * offered to reload) instead of finding out only when its own save is refused.
 */

export interface SavedNotice {
  readonly project: string;
  readonly revision: number;
  /** The tab that saved. */
  readonly tab: string;
}

export interface TabChannel {
  announce(notice: Omit<SavedNotice, 'tab'>): void;
  close(): void;
}

/** Listens for other tabs' saves; `onSaved` hears only other tabs. */
export function tabChannel(
  tab: string,
  onSaved: (notice: SavedNotice) => void,
  name = 'report-story-studio',
): TabChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<SavedNotice>) => {
    const notice = event.data;
    if (notice.tab !== tab && typeof notice.project === 'string') onSaved(notice);
  };
  return {
    announce: (notice) => channel.postMessage({ ...notice, tab }),
    close: () => channel.close(),
  };
}
