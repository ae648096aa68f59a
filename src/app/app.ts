import { afterNextRender, ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import { AppErrorHandler } from './core/app-error-handler';
import { SessionStore } from './core/session';
import { LiveSync } from './core/sync';
import { NotificationPoller } from './core/notifications';
import { SnapshotCache } from './core/persistence';
import { PAGE_LOCATION } from './core/platform';
import { AppUpdates } from './core/updates';

@Component({
  selector: 'simo-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet],
  template: `
    @if (errors.last(); as error) {
      <div class="unexpected" role="alert">
        @if (error.kind === 'stale-deploy') {
          <span>A new version of the dashboard is available.</span>
          <button type="button" (click)="reload()">Reload</button>
        } @else {
          <span>Something went wrong: {{ error.message }}</span>
          <button type="button" (click)="errors.dismiss()">Dismiss</button>
        }
      </div>
    }
    @if (updates.state() !== 'current') {
      <div class="update" role="status">
        <span>{{ updates.state() === 'applying' ? 'Updating…' : 'Update ready.' }}</span>
        <button type="button" [disabled]="updates.state() === 'applying'" (click)="updates.apply()">Reload</button>
      </div>
    }
    <router-outlet />
  `,
  styles: `
    .update {
      display: flex; gap: 12px; align-items: center; justify-content: center; padding: 8px 16px;
      background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container);
    }
    .update button, .unexpected button { min-height: 40px; padding: 0 16px; border-radius: 20px; border: 1px solid currentColor; background: transparent; color: inherit; font: inherit; cursor: pointer; }
    .unexpected {
      display: flex; gap: 12px; align-items: center; justify-content: center; padding: 8px 16px;
      background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container);
    }
  `,
})
export class App {
  protected readonly errors = inject(AppErrorHandler);
  protected readonly updates = inject(AppUpdates);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly location = inject(PAGE_LOCATION);

  constructor() {
    const sync = inject(LiveSync);
    const notifications = inject(NotificationPoller);
    const cache = inject(SnapshotCache);
    void this.session.restore();
    // The saved dashboard paints first; the live connection (and the MQTT library) follows.
    afterNextRender(() => {
      sync.start();
      notifications.start();
    });
    // Whatever is pending is written when the page goes away.
    this.location.onHide(() => void cache.flush());
    // A session that ends while in use (the hub refused the key) goes back to sign-in. Only that
    // transition: the first navigation after start-up is the route guard's business.
    let previous = this.session.status();
    effect(() => {
      const status = this.session.status();
      if (previous === 'signed-in' && status === 'signed-out' && !this.router.url.startsWith('/sign-in')) {
        void this.router.navigateByUrl('/sign-in');
      }
      previous = status;
    });
  }

  protected reload(): void {
    this.location.reload();
  }
}
