import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { alarmGroupState, alarmStats, armIcon, armLabel } from '../../domain/alarm-group';
import { WidgetBase } from './widget-base';

/** alarm-group: disarmed, arming, armed or breached, the members per state, arm (at once) and disarm (asks first). */
@Component({
  selector: 'simo-alarm-group-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="state" [class]="state()">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon><span>{{ label() }}</span>
    </div>
    @if (stats(); as s) {
      <p class="members">
        {{ s.armed }} armed · {{ s['pending-arm'] }} arming · {{ s.disarmed }} disarmed@if (s.breached) { · <strong>{{ s.breached }} breached</strong> }
      </p>
    }
    <div class="actions">
      @if (can('arm')) {
        <button mat-flat-button type="button" [disabled]="state() === 'armed' || state() === 'pending-arm'" (click)="call('arm', 'Arming')">Arm</button>
      }
      @if (can('disarm')) {
        <button mat-stroked-button type="button" [disabled]="state() === 'disarmed'" (click)="disarm()">Disarm</button>
      }
    </div>
  `,
  styles: `
    :host { display: grid; gap: 6px; }
    .state { display: flex; align-items: center; gap: 8px; font: var(--mat-sys-title-large); min-height: 48px; }
    .state.armed { color: var(--mat-sys-primary); }
    .state.breached { color: var(--mat-sys-error); }
    .members { margin: 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .actions { display: flex; gap: 8px; }
    button { min-height: 48px; flex: 1 1 0; }
  `,
})
export class AlarmGroupWidget extends WidgetBase {
  protected readonly state = computed(() => alarmGroupState(this.component().value) ?? this.component().armStatus);
  protected readonly label = computed(() => armLabel(this.state()));
  protected readonly icon = computed(() => armIcon(this.state()));
  protected readonly stats = computed(() => alarmStats(this.component().config));

  protected disarm(): void {
    this.call('disarm', 'Disarming', [], { question: `Disarm ${this.component().name}?`, action: 'Disarm' });
  }
}
