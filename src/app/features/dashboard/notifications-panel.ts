import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { NotificationPoller } from '../../core/notifications';
import { Now } from '../../core/platform';
import { NotificationsStore, formatClock } from '../../state';

const ICONS = { info: 'info', warning: 'warning', alarm: 'crisis_alert' } as const;

/** The hub's notifications for this user, newest first, each with Archive. */
@Component({
  selector: 'simo-notifications-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="head">
      <h2>Notifications</h2>
      <button mat-icon-button type="button" aria-label="Close notifications" (click)="closed.emit()">
        <mat-icon aria-hidden="true">close</mat-icon>
      </button>
    </div>
    @if (store.error(); as error) {
      <p class="error" role="alert">{{ error }}</p>
    }
    @for (n of store.newestFirst(); track n.id) {
      <article [class]="n.severity" [attr.aria-label]="n.title">
        <mat-icon aria-hidden="true">{{ icons[n.severity] }}</mat-icon>
        <div class="text">
          <h3>{{ n.title }}</h3>
          <p>{{ n.body }}</p>
          <time>{{ clock(n.datetime) }}</time>
        </div>
        <button mat-button type="button" (click)="archive(n.id)">Archive</button>
      </article>
    } @empty {
      <p class="empty">No notifications.</p>
    }
  `,
  host: { role: 'region', 'aria-label': 'Notifications' },
  styles: `
    :host { display: block; padding: 8px 16px 16px; background: var(--mat-sys-surface-container-low); border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .head { display: flex; align-items: center; justify-content: space-between; }
    h2 { font: var(--mat-sys-title-medium); margin: 0; }
    article { display: flex; gap: 12px; align-items: flex-start; padding: 8px 0; border-top: 1px solid var(--mat-sys-outline-variant); }
    article.warning mat-icon { color: #b26a00; }
    article.alarm mat-icon { color: var(--mat-sys-error); }
    .text { flex: 1; }
    h3 { font: var(--mat-sys-title-small); margin: 0; }
    p { margin: 2px 0; }
    time, .empty { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .error { color: var(--mat-sys-error); }
  `,
})
export class NotificationsPanel {
  protected readonly store = inject(NotificationsStore);
  private readonly poller = inject(NotificationPoller);
  private readonly now = inject(Now).value;
  protected readonly icons = ICONS;
  readonly closed = output<void>();

  protected clock(seconds: number): string {
    return formatClock(seconds * 1000, this.now());
  }

  protected archive(id: number): void {
    void this.poller.archive(id);
  }
}
