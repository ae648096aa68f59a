import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSliderModule, type MatSliderThumb } from '@angular/material/slider';
import { blindsMoving, hasSlats, parseBlinds, percentOpen, targetForPercent, travelMs } from '../../domain/blinds';
import { isObject } from '../../domain/json';
import { WidgetBase } from './widget-base';

/**
 * blinds and slides: position as percent open, open/stop/close, a target chosen on release, and the slat
 * angle where the config gives slats a travel time.
 */
@Component({
  selector: 'simo-blinds-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatSliderModule],
  template: `
    <div class="row">
      <span class="state">{{ openText() }}</span>
      <span class="actions">
        @if (can('open')) {
          <button mat-icon-button type="button" aria-label="Open" (click)="call('open', 'Opening')"><mat-icon>{{ icons().open }}</mat-icon></button>
        }
        @if (can('stop')) {
          <button mat-icon-button type="button" aria-label="Stop" (click)="call('stop', 'Stopping')"><mat-icon>stop</mat-icon></button>
        }
        @if (can('close')) {
          <button mat-icon-button type="button" aria-label="Close" (click)="call('close', 'Closing')"><mat-icon>{{ icons().close }}</mat-icon></button>
        }
      </span>
    </div>
    <mat-slider [min]="0" [max]="100" [step]="1" [disabled]="!can('send')" discrete>
      <input matSliderThumb #pos="matSliderThumb" [value]="shownPercent()" [attr.aria-label]="component().name + ' percent open'"
             (change)="moveTo(pos)" />
    </mat-slider>
    @if (slats()) {
      <label class="slats">
        <span>Slats {{ value()?.angle ?? '—' }}°</span>
        <mat-slider [min]="0" [max]="180" [step]="5" [disabled]="!can('send')">
          <input matSliderThumb #angle="matSliderThumb" [value]="value()?.angle ?? 0" [attr.aria-label]="component().name + ' slat angle'"
                 (change)="tilt(angle)" />
        </mat-slider>
      </label>
    }
  `,
  styles: `
    :host { display: grid; gap: 2px; }
    .row { display: flex; align-items: center; justify-content: space-between; gap: 8px; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
    .actions { display: flex; }
    .actions button { width: 48px; height: 48px; padding: 12px; }
    .slats { display: grid; font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    mat-slider { width: 100%; margin: 0; }
  `,
})
export class BlindsWidget extends WidgetBase {
  protected readonly value = computed(() => parseBlinds(this.component().value));
  private readonly travel = computed(() => travelMs(this.component().config));
  protected readonly slats = computed(() => hasSlats(this.component().config));
  protected readonly icons = computed(() => {
    const sideways = ['left', 'right'].includes(String(this.component().config['open_direction']));
    return sideways ? { open: 'unfold_more_double', close: 'unfold_less_double' } : { open: 'arrow_upward', close: 'arrow_downward' };
  });
  protected readonly openText = computed(() => {
    const v = this.value();
    if (!v) return 'Unknown';
    const now = percentOpen(v.position, this.travel());
    if (blindsMoving(v)) return `${now}% open → ${percentOpen(v.target, this.travel())}%`;
    return now === 100 ? 'Open' : now === 0 ? 'Closed' : `${now}% open`;
  });
  /** Where the hub says it is, or the target asked for while that command is in flight. */
  protected readonly shownPercent = computed(() => {
    const asked = this.sending();
    if (isObject(asked) && typeof asked['target'] === 'number' && asked['target'] >= 0) return percentOpen(asked['target'], this.travel());
    const v = this.value();
    return v ? percentOpen(v.position, this.travel()) : 0;
  });

  protected moveTo(thumb: MatSliderThumb): void {
    const percent = thumb.value;
    if (percent !== this.shownPercent()) this.call('send', `Moving to ${percent}% open`, [{ target: targetForPercent(percent, this.travel()) }]);
    thumb.value = this.shownPercent();
  }

  protected tilt(thumb: MatSliderThumb): void {
    const v = this.value();
    if (!v || thumb.value === v.angle) return;
    // The hub moves slats with a target; keeping the current position only turns them.
    this.call('send', `Turning slats to ${thumb.value}°`, [{ target: v.position, angle: thumb.value }]);
    thumb.value = v.angle ?? 0;
  }
}
