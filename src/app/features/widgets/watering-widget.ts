import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { parseWatering, programMinutes, wateringLabel, wateringPaused, wateringRunning } from '../../domain/watering';
import { WidgetBase } from './widget-base';

/** watering: status, progress through the program, start/pause/reset. */
@Component({
  selector: 'simo-watering-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule],
  template: `
    <span class="state">{{ label() }}</span>
    @if (progress(); as p) {
      <mat-progress-bar mode="determinate" [value]="p.percent" [attr.aria-label]="component().name + ' progress'" />
      <span class="minutes">{{ p.text }}</span>
    }
    <div class="actions">
      @if (!running() && can('start')) { <button mat-stroked-button type="button" (click)="call('start', 'Starting')">{{ paused() ? 'Resume' : 'Start' }}</button> }
      @if (running() && can('pause')) { <button mat-stroked-button type="button" (click)="call('pause', 'Pausing')">Pause</button> }
      @if (value()?.status !== 'stopped' && can('reset')) { <button mat-button type="button" (click)="call('reset', 'Resetting')">Reset</button> }
    </div>
  `,
  styles: `
    :host { display: grid; gap: 6px; }
    .state { font: var(--mat-sys-title-large); }
    .minutes { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    button { min-height: 48px; }
  `,
})
export class WateringWidget extends WidgetBase {
  protected readonly value = computed(() => parseWatering(this.component().value));
  protected readonly label = computed(() => {
    const v = this.value();
    return v ? wateringLabel(v.status) : 'Unknown';
  });
  protected readonly running = computed(() => !!this.value() && wateringRunning(this.value()!.status));
  protected readonly paused = computed(() => !!this.value() && wateringPaused(this.value()!.status));
  protected readonly progress = computed(() => {
    const v = this.value();
    const total = programMinutes(this.component().config);
    if (!v || total === null) return null;
    const done = Math.min(total, v.progress);
    return { percent: Math.round((done / total) * 100), text: `${done} of ${total} min` };
  });
}
