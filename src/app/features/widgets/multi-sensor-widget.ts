import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { parseReadings, readingLabel, readingUnit } from '../../domain/multi-sensor';
import { formatReading } from '../../domain/numeric-sensor';
import { WidgetBase } from './widget-base';

/** multi-sensor and air-quality: each labelled reading. */
@Component({
  selector: 'simo-multi-sensor-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl>
      @for (r of readings(); track r.label) {
        <div class="row">
          <dt>{{ r.label }}</dt>
          <dd>{{ r.text }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    dl { margin: 0; display: grid; gap: 2px; }
    .row { display: flex; justify-content: space-between; gap: 12px; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; font: var(--mat-sys-title-medium); }
  `,
})
export class MultiSensorWidget extends WidgetBase {
  protected readonly readings = computed(() =>
    (parseReadings(this.component().value) ?? []).map((r) => ({
      label: readingLabel(r.label),
      text: typeof r.value === 'number' ? formatReading(r.value, readingUnit(r.unit) || null) : `${r.value} ${readingUnit(r.unit)}`.trim(),
    })),
  );
}
