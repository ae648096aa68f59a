import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatSliderModule, type MatSliderThumb } from '@angular/material/slider';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { channelRange, levelFor, parseDimmerPlus, percentOf } from '../../domain/dimmer-plus';
import { isObject } from '../../domain/json';
import { WidgetBase } from './widget-base';
import { onOffIntent } from './widget-intent';

type Channel = 'main' | 'secondary';

/** dimmer-plus (knob-plus): main and secondary levels, shown in percent, each sent on release. */
@Component({
  selector: 'simo-dimmer-plus-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSliderModule, MatSlideToggleModule],
  template: `
    <div class="row">
      <span class="state">{{ on() ? percent('main') + '%' : 'Off' }}</span>
      <mat-slide-toggle [checked]="on()" [disabled]="!(can('turn_on') && can('turn_off'))"
                        [aria-label]="component().name + ' on or off'" (change)="switched($event)" />
    </div>
    @for (ch of channelsList; track ch.key) {
      <label class="channel">
        <span>{{ ch.label }} {{ percent(ch.key) }}%</span>
        <mat-slider [min]="0" [max]="100" [step]="1" [disabled]="!can('send')">
          <input matSliderThumb #thumb="matSliderThumb" [value]="shown(ch.key)" [attr.aria-label]="component().name + ' ' + ch.label"
                 (change)="released(ch.key, thumb)" />
        </mat-slider>
      </label>
    }
  `,
  styles: `
    :host { display: grid; gap: 2px; }
    .row { display: flex; align-items: center; justify-content: space-between; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
    .channel { display: grid; font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    mat-slider { width: 100%; margin: 0; }
  `,
})
export class DimmerPlusWidget extends WidgetBase {
  protected readonly channelsList: { key: Channel; label: string }[] = [
    { key: 'main', label: 'Main' },
    { key: 'secondary', label: 'Secondary' },
  ];
  private readonly value = computed(() => parseDimmerPlus(this.component().value) ?? { main: 0, secondary: 0 });
  protected readonly on = computed(() => this.value().main > channelRange(this.component().config, 'main').min);

  protected percent(ch: Channel): number {
    return percentOf(this.value()[ch], channelRange(this.component().config, ch));
  }

  /** The hub's level in percent, or the one asked for while that command is in flight. */
  protected shown(ch: Channel): number {
    const asked = this.sending();
    const level = isObject(asked) && typeof asked[ch] === 'number' ? (asked[ch] as number) : this.value()[ch];
    return percentOf(level, channelRange(this.component().config, ch));
  }

  protected switched(event: MatSlideToggleChange): void {
    this.ask(onOffIntent(event, this.on()));
  }

  protected released(ch: Channel, thumb: MatSliderThumb): void {
    const percent = thumb.value;
    if (percent !== this.shown(ch)) {
      const level = levelFor(percent, channelRange(this.component().config, ch));
      this.call('send', `Setting ${ch} to ${percent}%`, [{ [ch]: level }]);
    }
    thumb.value = this.shown(ch);
  }
}
