import { Component, computed, input } from '@angular/core';
import type { HubComponent } from '../../domain/component';
import { formatReading } from '../../domain/numeric-sensor';

/** numeric-sensor: the reading with its units. */
@Component({
  selector: 'simo-numeric-sensor-widget',
  template: `<span class="reading">{{ reading() }}</span>`,
  styles: `
    :host { display: flex; align-items: center; min-height: 48px; }
    .reading { font: var(--mat-sys-headline-medium); }
  `,
})
export class NumericSensorWidget {
  readonly component = input.required<HubComponent>();
  protected readonly reading = computed(() => formatReading(this.component().value as number, this.component().valueUnits));
}
