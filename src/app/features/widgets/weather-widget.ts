import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { formatReading } from '../../domain/numeric-sensor';
import { parseWeather } from '../../domain/weather';
import { WidgetBase } from './widget-base';

/** weather: what the cloud last pushed; every field may be missing, and then it is not shown. */
@Component({
  selector: 'simo-weather-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (weather(); as w) {
      <div class="main">
        <span class="temp">{{ w.temp === null ? '—' : fmt(w.temp, units()) }}</span>
        @if (w.description) { <span class="desc">{{ w.description }}</span> }
      </div>
      <dl>
        @if (w.feelsLike !== null) { <div><dt>Feels like</dt><dd>{{ fmt(w.feelsLike, units()) }}</dd></div> }
        @if (w.humidity !== null) { <div><dt>Humidity</dt><dd>{{ fmt(w.humidity, '%') }}</dd></div> }
        @if (w.wind !== null) { <div><dt>Wind</dt><dd>{{ fmt(w.wind, 'm/s') }}</dd></div> }
      </dl>
    } @else {
      <p class="none">No weather report from the cloud.</p>
    }
  `,
  styles: `
    :host { display: grid; gap: 6px; }
    .main { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
    .temp { font: var(--mat-sys-display-small); }
    .desc { font: var(--mat-sys-title-medium); text-transform: capitalize; }
    dl { display: flex; gap: 16px; flex-wrap: wrap; margin: 0; }
    dt { font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; font: var(--mat-sys-title-small); }
    .none { margin: 0; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class WeatherWidget extends WidgetBase {
  protected readonly weather = computed(() => parseWeather(this.component().value));
  protected readonly units = computed(() => this.component().valueUnits ?? '°C');
  protected readonly fmt = formatReading;
}
