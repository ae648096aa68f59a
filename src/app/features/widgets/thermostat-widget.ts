import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSliderModule, type MatSliderThumb } from '@angular/material/slider';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { formatReading } from '../../domain/numeric-sensor';
import { parseThermostat, thermostatActivity, thermostatSettings } from '../../domain/thermostat';
import { WidgetBase } from './widget-base';

/**
 * thermostat: current and target temperature, heating or cooling, the mode; hold a target (sent on
 * release), go back to the schedule, and eco.
 */
@Component({
  selector: 'simo-thermostat-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatSliderModule, MatSlideToggleModule],
  template: `
    <div class="now">
      <span class="current">{{ temp(value()?.current) }}</span>
      <span class="activity" [class.heating]="value()?.heating" [class.cooling]="value()?.cooling">
        <mat-icon aria-hidden="true">{{ value()?.heating ? 'local_fire_department' : value()?.cooling ? 'ac_unit' : 'pause_circle' }}</mat-icon>
        {{ activity() }}
      </span>
    </div>
    <p class="target">
      Target {{ temp(value()?.target) }}
      @if (settings().hold !== null) { · held } @else if (settings().eco) { · eco } @else { · schedule }
      @if (value()?.mode; as mode) { · {{ modeLabel[mode] }} }
    </p>
    @if (can('hold')) {
      <mat-slider [min]="settings().min" [max]="settings().max" [step]="0.5" [disabled]="settings().eco" discrete>
        <input matSliderThumb #t="matSliderThumb" [value]="shownTarget()" [attr.aria-label]="component().name + ' target temperature'"
               (change)="hold(t)" />
      </mat-slider>
    }
    <div class="actions">
      @if (can('hold') && settings().hold !== null) {
        <button mat-button type="button" (click)="call('hold', 'Back to the schedule', [null])">Resume schedule</button>
      }
      @if (can('enable_eco_mode') && can('disable_eco_mode')) {
        <mat-slide-toggle [checked]="settings().eco" (change)="eco($event)">Eco</mat-slide-toggle>
      }
    </div>
  `,
  styles: `
    :host { display: grid; gap: 4px; }
    .now { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
    .current { font: var(--mat-sys-display-small); }
    .activity { display: inline-flex; align-items: center; gap: 4px; font: var(--mat-sys-label-large); }
    .heating { color: var(--mat-sys-error); }
    .cooling { color: var(--mat-sys-primary); }
    .target { margin: 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .actions { display: flex; align-items: center; justify-content: space-between; gap: 8px; min-height: 48px; }
    mat-slider { width: 100%; margin: 0; }
  `,
})
export class ThermostatWidget extends WidgetBase {
  protected readonly modeLabel: Record<string, string> = { auto: 'Auto', heater: 'Heating mode', cooler: 'Cooling mode' };
  protected readonly value = computed(() => parseThermostat(this.component().value));
  protected readonly settings = computed(() => thermostatSettings(this.component().config));
  protected readonly activity = computed(() => {
    const v = this.value();
    return v ? thermostatActivity(v) : 'Unknown';
  });
  private readonly units = computed(() => this.component().valueUnits ?? '°C');
  /** The hub's target, or the one asked for while that hold is in flight. */
  protected readonly shownTarget = computed(() => {
    const cmd = this.command();
    if (this.busy() && cmd?.method === 'hold' && typeof cmd.args[0] === 'number') return cmd.args[0];
    return this.value()?.target ?? this.settings().min;
  });

  protected temp(v: number | null | undefined): string {
    return typeof v === 'number' ? formatReading(v, this.units()) : '—';
  }

  protected hold(thumb: MatSliderThumb): void {
    const t = thumb.value;
    if (t !== this.shownTarget()) this.call('hold', `Holding ${formatReading(t, this.units())}`, [t]);
    thumb.value = this.shownTarget();
  }

  protected eco(event: MatSlideToggleChange): void {
    const wanted = event.checked;
    event.source.checked = this.settings().eco;
    this.call(wanted ? 'enable_eco_mode' : 'disable_eco_mode', wanted ? 'Turning eco on' : 'Turning eco off');
  }
}
