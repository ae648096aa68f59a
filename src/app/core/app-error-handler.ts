import { ErrorHandler, Injectable, signal } from '@angular/core';

/** An unexpected error, classified for the banner that offers a way out. */
export interface UnexpectedError {
  readonly kind: 'stale-deploy' | 'bug';
  readonly message: string;
}

/**
 * Catches what nothing else handled. A chunk that fails to load after a new version was deployed is a
 * stale page (a reload fixes it); anything else is logged and shown, and the app keeps running.
 */
@Injectable({ providedIn: 'root' })
export class AppErrorHandler implements ErrorHandler {
  private readonly _last = signal<UnexpectedError | null>(null);
  readonly last = this._last.asReadonly();

  handleError(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const staleDeploy = /Failed to fetch dynamically imported module|Loading chunk \S+ failed|error loading dynamically imported module/i.test(message);
    this._last.set({ kind: staleDeploy ? 'stale-deploy' : 'bug', message });
    console.error(error);
  }

  dismiss(): void {
    this._last.set(null);
  }
}
