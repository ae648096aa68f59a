import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { alarmSettings, describeWeekDays, parseAlarmClock } from '../../domain/alarm-clock';
import { formatWeekdayTime } from '../../domain/relative-time';
import { WidgetBase } from './widget-base';

const SNOOZE_MINUTES = 10;

/** alarm-clock: the next alarm, the alarms set up, and snooze/stop while it rings. */
@Component({
  selector: 'simo-alarm-clock-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (value()?.inAlarm) {
      <span class="state ringing">Ringing{{ value()?.name ? ': ' + value()?.name : '' }}</span>
    } @else if (value()?.next; as next) {
      <span class="state">Next {{ when(next) }}</span>
    } @else {
      <span class="state">No alarm set</span>
    }
    @if (alarms().length) {
      <ul>
        @for (a of alarms(); track $index) {
          <li [class.off]="!a.enabled">{{ a.time }} · {{ a.name }} · {{ days(a.weekDays) }}{{ a.enabled ? '' : ' (off)' }}</li>
        }
      </ul>
    }
    @if (value()?.inAlarm || value()?.next) {
      <div class="actions">
        @if (can('snooze')) { <button mat-stroked-button type="button" (click)="snooze()">Snooze {{ snoozeMinutes }} min</button> }
        @if (can('cancel_all')) { <button mat-button type="button" (click)="call('cancel_all', 'Cancelling the alarm')">Cancel alarm</button> }
      </div>
    }
  `,
  styles: `
    :host { display: grid; gap: 6px; }
    .state { font: var(--mat-sys-title-large); }
    .ringing { color: var(--mat-sys-error); }
    ul { margin: 0; padding-left: 18px; font: var(--mat-sys-body-small); }
    .off { color: var(--mat-sys-on-surface-variant); }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    button { min-height: 48px; }
  `,
})
export class AlarmClockWidget extends WidgetBase {
  protected readonly snoozeMinutes = SNOOZE_MINUTES;
  protected readonly value = computed(() => parseAlarmClock(this.component().value));
  protected readonly alarms = computed(() => alarmSettings(this.component().meta));
  protected readonly days = describeWeekDays;
  protected readonly when = formatWeekdayTime;

  protected snooze(): void {
    this.call('snooze', `Snoozing ${SNOOZE_MINUTES} min`, [SNOOZE_MINUTES]);
  }
}
