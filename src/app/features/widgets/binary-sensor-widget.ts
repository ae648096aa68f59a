import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { WidgetBase } from './widget-base';

/** binary-sensor: active or not (a door open, motion seen, smoke). Read only. */
@Component({
  selector: 'simo-binary-sensor-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <mat-icon aria-hidden="true" [class.active]="active()">{{ active() ? 'sensors' : 'sensors_off' }}</mat-icon>
    <span class="state">{{ active() ? 'Active' : 'Inactive' }}</span>
  `,
  styles: `
    :host { display: flex; align-items: center; gap: 8px; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
    .active { color: var(--mat-sys-tertiary); }
  `,
})
export class BinarySensorWidget extends WidgetBase {
  protected readonly active = computed(() => this.component().value === true);
}
