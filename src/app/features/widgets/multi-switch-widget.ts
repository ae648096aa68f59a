import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { iconFor } from '../../domain/icons';
import { isMultiSwitchValue, switchChannels } from '../../domain/switch';
import { WidgetBase } from './widget-base';

/**
 * switch-double … switch-quintuple: one control per channel, with the channel's icon. The hub only takes
 * the whole list (`send([bool × N])`), so a press sends the hub's current list with that channel flipped.
 */
@Component({
  selector: 'simo-multi-switch-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <div class="channels" role="group" [attr.aria-label]="component().name + ' channels'">
      @for (ch of channels(); track $index) {
        <button type="button" class="channel" [class.on]="ch.on" [disabled]="!can('send')"
                [attr.aria-pressed]="ch.on" [attr.aria-label]="'Channel ' + ($index + 1)" (click)="flip($index)">
          <mat-icon aria-hidden="true">{{ ch.icon }}</mat-icon>
          <span>{{ ch.on ? 'On' : 'Off' }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .channels { display: flex; gap: 6px; flex-wrap: wrap; }
    .channel {
      flex: 1 1 0; min-width: 48px; min-height: 48px; display: grid; justify-items: center; gap: 2px; padding: 6px 4px;
      border-radius: 12px; border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface); font: var(--mat-sys-label-medium); cursor: pointer;
    }
    .channel.on { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); border-color: transparent; }
    .channel:disabled { cursor: default; opacity: 0.7; }
    .channel:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
  `,
})
export class MultiSwitchWidget extends WidgetBase {
  private readonly values = computed(() => {
    const c = this.component();
    const n = switchChannels(c.baseType);
    return isMultiSwitchValue(c.value, n) ? c.value : [];
  });
  protected readonly channels = computed(() => {
    const config = this.component().config;
    return this.values().map((on, i) => ({
      on,
      icon: iconFor(typeof config[`icon_${i + 1}`] === 'string' ? (config[`icon_${i + 1}`] as string) : null, 'switch'),
    }));
  });

  protected flip(index: number): void {
    const next = this.values().map((v, i) => (i === index ? !v : v));
    this.call('send', `Turning channel ${index + 1} ${next[index] ? 'on' : 'off'}`, [next]);
  }
}
