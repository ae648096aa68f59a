import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MqttConnection } from '../../core/mqtt';
import { Now } from '../../core/platform';
import { ConnectionStore, describeConnection } from '../../state';

const ICONS = { live: 'wifi', working: 'sync', offline: 'cloud_off', error: 'error' } as const;

/** Says what the live connection is doing, in words ("Live", "Reconnecting in 4 s", …). */
@Component({
  selector: 'simo-connection-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <mat-icon aria-hidden="true" class="icon">{{ icon() }}</mat-icon>
    <span class="label">{{ status().label }}</span>
  `,
  host: {
    role: 'status',
    'aria-live': 'polite',
    '[attr.data-tone]': 'status().tone',
    '[class]': '"tone-" + status().tone',
  },
  styles: `
    :host {
      display: inline-flex; align-items: center; gap: 6px; padding: 4px 12px; border-radius: 16px;
      font: var(--mat-sys-label-large); background: var(--mat-sys-surface-container-high);
    }
    :host(.tone-live) .icon { color: #1e8e3e; }
    :host(.tone-offline), :host(.tone-error) {
      background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container);
    }
    .icon { font-size: 18px; width: 18px; height: 18px; }
  `,
})
export class ConnectionIndicator {
  private readonly link = inject(MqttConnection).state;
  private readonly store = inject(ConnectionStore);
  private readonly now = inject(Now).value;

  protected readonly status = computed(() => describeConnection(this.link(), this.store.phase(), this.store.dataAsOf(), this.now()));
  protected readonly icon = computed(() => ICONS[this.status().tone]);
}
