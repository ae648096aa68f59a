import { Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { hasLowBattery, type HubComponent } from '../../domain/component';
import type { CommandState } from '../../state';
import {
  BinarySensorWidget, DimmerWidget, MultiSensorWidget, NumericSensorWidget, PlainWidget, SwitchWidget, widgetKindFor, type WidgetIntent,
} from '../widgets';

/**
 * One component: its name, its widget, the marks that keep it honest (unavailable, low battery, read
 * only, not live) and where its latest command stands.
 */
@Component({
  selector: 'simo-component-tile',
  imports: [
    MatButtonModule, MatIconModule, MatProgressSpinnerModule,
    BinarySensorWidget, DimmerWidget, MultiSensorWidget, NumericSensorWidget, PlainWidget, SwitchWidget,
  ],
  templateUrl: './component-tile.html',
  styleUrl: './component-tile.scss',
  host: {
    role: 'group',
    '[attr.aria-label]': 'component().name',
    '[attr.data-component-id]': 'component().id',
    '[attr.aria-busy]': 'inFlight()',
    '[class.stale]': '!live()',
    '[class.unavailable]': '!component().alive',
    '[class.wide]': 'component().widgetSize[0] >= 4',
    '[class.tall]': 'component().widgetSize[1] >= 2',
  },
})
export class ComponentTile {
  readonly component = input.required<HubComponent>();
  readonly command = input<CommandState | undefined>(undefined);
  /** The data is live; otherwise the tile is marked as possibly out of date. */
  readonly live = input(true);

  readonly intent = output<WidgetIntent>();
  readonly retry = output<CommandState>();
  readonly dismiss = output<number>();

  protected readonly kind = computed(() => widgetKindFor(this.component()));
  protected readonly lowBattery = computed(() => hasLowBattery(this.component()));
  protected readonly inFlight = computed(() => {
    const s = this.command()?.status;
    return s === 'sending' || s === 'accepted';
  });
}
