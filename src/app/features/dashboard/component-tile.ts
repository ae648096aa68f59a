import { Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { hasLowBattery, type HubComponent } from '../../domain/component';
import { isInFlight, type CommandState } from '../../state';
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
  protected readonly inFlight = computed(() => isInFlight(this.command()));
  /** A command that did not work: what to say, the hub's full text if any, whether Retry makes sense. */
  protected readonly problem = computed(() => {
    const cmd = this.command();
    switch (cmd?.status) {
      case 'failed':
        return {
          icon: 'error',
          text: cmd.error?.summary ?? 'The hub refused the command.',
          details: cmd.error && cmd.error.full !== cmd.error.summary ? cmd.error.full : null,
          retryable: true,
        };
      case 'timed-out':
        return { icon: 'schedule', text: `No answer from the hub in time: “${cmd.intent}” may not have happened.`, details: null, retryable: true };
      case 'not-sent':
        return { icon: 'block', text: cmd.error?.summary ?? 'Not sent.', details: null, retryable: false };
      default:
        return null;
    }
  });
}
