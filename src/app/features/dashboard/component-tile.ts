import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { NavLink } from '../../shared/ui/nav-link';
import { Now } from '../../core/platform';
import { armIcon, armLabel } from '../../domain/alarm-group';
import { hasLowBattery, type HubComponent } from '../../domain/component';
import { iconFor } from '../../domain/icons';
import { timeAgo } from '../../domain/relative-time';
import { isInFlight, type CommandState } from '../../state';
import {
  AlarmClockWidget, AlarmGroupWidget, BinarySensorWidget, BlindsWidget, ButtonWidget, CameraWidget, DimmerPlusWidget, DimmerWidget, GateWidget,
  LockWidget, MultiSensorWidget, MultiSwitchWidget, NumericSensorWidget, PlainWidget, PlayerWidget, RgbwLightWidget, ScriptWidget,
  StateSelectWidget, SwitchWidget, ThermostatWidget, WateringWidget, WeatherWidget, widgetKindFor, type WidgetIntent,
} from '../widgets';

/**
 * One component: its icon and name, its widget, the marks that keep it honest (unavailable, low battery,
 * read only, armed, not live, when it last changed) and where its latest command stands.
 */
@Component({
  selector: 'simo-component-tile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule, MatIconModule, MatProgressSpinnerModule, NavLink,
    AlarmClockWidget, AlarmGroupWidget, BinarySensorWidget, BlindsWidget, ButtonWidget, CameraWidget, DimmerPlusWidget, DimmerWidget, GateWidget,
    LockWidget, MultiSensorWidget, MultiSwitchWidget, NumericSensorWidget, PlainWidget, PlayerWidget, RgbwLightWidget, ScriptWidget,
    StateSelectWidget, SwitchWidget, ThermostatWidget, WateringWidget, WeatherWidget,
  ],
  templateUrl: './component-tile.html',
  styleUrl: './component-tile.scss',
  host: {
    role: 'group',
    '[attr.aria-label]': 'component().name',
    '[attr.data-component-id]': 'component().id',
    '[attr.data-widget]': 'kind()',
    '[attr.aria-busy]': 'inFlight()',
    '[class.stale]': '!live()',
    '[class.unavailable]': '!component().alive',
    '[class.wide]': 'component().widgetSize[0] >= 4',
  },
})
export class ComponentTile {
  private readonly now = inject(Now).coarse;

  readonly component = input.required<HubComponent>();
  readonly command = input<CommandState | undefined>(undefined);
  /** The data is live; otherwise the tile is marked as possibly out of date. */
  readonly live = input(true);
  readonly favourite = input(false);

  readonly intent = output<WidgetIntent>();
  readonly retry = output<CommandState>();
  readonly dismiss = output<number>();
  readonly toggleFavourite = output<number>();

  protected readonly kind = computed(() => widgetKindFor(this.component()));
  protected readonly icon = computed(() => iconFor(this.component().icon, this.component().baseType));
  protected readonly lowBattery = computed(() => hasLowBattery(this.component()));
  protected readonly inFlight = computed(() => isInFlight(this.command()));
  /** Where an alarm category makes it meaningful (§8), and not on the alarm group, which shows it itself. */
  protected readonly arm = computed(() => {
    const c = this.component();
    if (!c.alarmCategory || c.baseType === 'alarm-group') return null;
    return { label: armLabel(c.armStatus), icon: armIcon(c.armStatus), breached: c.armStatus === 'breached' };
  });
  protected readonly changed = computed(() => {
    const at = this.component().lastChange;
    return at === null ? null : timeAgo(at, this.now());
  });
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
