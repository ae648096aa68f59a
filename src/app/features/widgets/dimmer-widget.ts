import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatSliderModule, type MatSliderThumb } from '@angular/material/slider';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { clampLevel, dimmerIsOn, dimmerRange } from '../../domain/dimmer';
import { formatReading } from '../../domain/numeric-sensor';
import { WidgetBase } from './widget-base';
import { onOffIntent } from './widget-intent';

/**
 * dimmer (knob): a level within the config's range and on/off. The slider sends once, on release, never
 * while dragging; like the switch, it always shows the hub's level.
 */
@Component({
  selector: 'simo-dimmer-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSliderModule, MatSlideToggleModule],
  template: `
    <div class="row">
      <span class="state">{{ on() ? level() : 'Off' }}</span>
      <mat-slide-toggle [checked]="on()" [disabled]="!canSwitch()" [aria-label]="component().name + ' on or off'" (change)="switched($event)" />
    </div>
    <mat-slider [min]="range().min" [max]="range().max" [step]="1" [disabled]="!can('send')" discrete>
      <input matSliderThumb #thumb="matSliderThumb" [value]="shownLevel()" [attr.aria-label]="component().name + ' level'"
             (change)="released(thumb)" />
    </mat-slider>
  `,
  styles: `
    :host { display: grid; gap: 4px; }
    .row { display: flex; align-items: center; justify-content: space-between; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
    mat-slider { width: 100%; margin: 0; }
  `,
})
export class DimmerWidget extends WidgetBase {
  protected readonly range = computed(() => dimmerRange(this.component().config));
  protected readonly value = computed(() => (typeof this.component().value === 'number' ? (this.component().value as number) : this.range().min));
  protected readonly on = computed(() => dimmerIsOn(this.component().value, this.range()));
  /** The hub's level, or the one asked for while that command is in flight (the tile marks it pending). */
  protected readonly shownLevel = computed(() => {
    const asked = this.sending();
    return typeof asked === 'number' ? asked : this.value();
  });
  protected readonly level = computed(() => formatReading(this.value(), this.component().valueUnits ?? '%'));
  protected readonly canSwitch = computed(() => this.can('turn_on') && this.can('turn_off'));

  protected switched(event: MatSlideToggleChange): void {
    this.ask(onOffIntent(event, this.on()));
  }

  protected released(thumb: MatSliderThumb): void {
    const level = clampLevel(thumb.value, this.range());
    if (level !== this.shownLevel()) {
      this.call('send', `Setting to ${formatReading(level, this.component().valueUnits ?? '%')}`, [level]);
    }
    // If the command could not even be sent, the slider must not keep showing the level.
    thumb.value = this.shownLevel();
  }
}
