import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';

/** Full-page navigation (to the hub's sign-in page) and the page's own address. */
export interface PageLocation {
  href(): string;
  assign(url: string): void;
  /** Rewrites the address bar without navigating (drops one-time query parameters). */
  replace(url: string): void;
  reload(): void;
  /** Whether the page's own origin answers now: a reload would load the app, not an error page. */
  reachable(): Promise<boolean>;
  /** Runs `callback` when the page is being hidden or unloaded (last chance to save). */
  onHide(callback: () => void): void;
}

export const PAGE_LOCATION = new InjectionToken<PageLocation>('PAGE_LOCATION', {
  providedIn: 'root',
  factory: () => {
    const win = inject(DOCUMENT).defaultView!;
    return {
      href: () => win.location.href,
      assign: (url) => win.location.assign(url),
      replace: (url) => win.history.replaceState(win.history.state, '', url),
      reload: () => win.location.reload(),
      reachable: () =>
        win
          .fetch(win.location.href, { method: 'HEAD', cache: 'no-store' })
          .then((r) => r.ok)
          .catch(() => false),
      onHide: (callback) => win.addEventListener('pagehide', callback),
    };
  },
});
