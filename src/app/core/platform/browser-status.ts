import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';
import { Observable, filter, fromEvent, map, merge } from 'rxjs';

/** What the browser says about the network and the page's visibility. */
export interface BrowserStatus {
  online(): boolean;
  visible(): boolean;
  /** Emits when the browser comes back online. */
  readonly cameOnline: Observable<void>;
  /** Emits when the page becomes visible again (a tablet waking, a tab brought back). */
  readonly becameVisible: Observable<void>;
}

export const BROWSER_STATUS = new InjectionToken<BrowserStatus>('BROWSER_STATUS', {
  providedIn: 'root',
  factory: () => {
    const doc = inject(DOCUMENT);
    const win = doc.defaultView!;
    return {
      online: () => win.navigator.onLine,
      visible: () => doc.visibilityState === 'visible',
      cameOnline: fromEvent(win, 'online').pipe(map(() => undefined)),
      becameVisible: merge(fromEvent(doc, 'visibilitychange'), fromEvent(win, 'pageshow')).pipe(
        filter(() => doc.visibilityState === 'visible'),
        map(() => undefined),
      ),
    };
  },
});
