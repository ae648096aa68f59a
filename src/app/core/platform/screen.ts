import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/** The screen: keeping it on, going full screen, and whether the page may use such APIs at all. */
export interface ScreenControl {
  /** True on https or localhost: wake lock and the service worker need it. */
  secureContext(): boolean;
  wakeLockSupported(): boolean;
  /** Keeps the screen on until released or the page is hidden (then ask again). Rejects when refused. */
  keepAwake(): Promise<{ release(): Promise<void> }>;
  fullscreen(): boolean;
  requestFullscreen(): Promise<void>;
}

interface WakeLockApi {
  request(type: 'screen'): Promise<{ release(): Promise<void> }>;
}

export const SCREEN_CONTROL = new InjectionToken<ScreenControl>('SCREEN_CONTROL', {
  providedIn: 'root',
  factory: () => {
    const doc = inject(DOCUMENT);
    const win = doc.defaultView!;
    const wakeLock = () => (win.navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
    return {
      secureContext: () => win.isSecureContext,
      wakeLockSupported: () => !!wakeLock(),
      keepAwake: () => {
        const api = wakeLock();
        return api ? api.request('screen') : Promise.reject(new Error('The Screen Wake Lock API is not available.'));
      },
      fullscreen: () => !!doc.fullscreenElement,
      requestFullscreen: () => doc.documentElement.requestFullscreen?.() ?? Promise.resolve(),
    };
  },
});
