import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { WidgetBase } from './widget-base';
import { onOffIntent } from './widget-intent';

/** switch: on/off. The toggle always shows the hub's value; what the user asked for shows as pending. */
@Component({
  selector: 'simo-switch-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSlideToggleModule],
  template: `
    <span class="state">{{ on() ? 'On' : 'Off' }}</span>
    <mat-slide-toggle [checked]="on()" [disabled]="!canSwitch()" [aria-label]="component().name" (change)="switched($event)" />
  `,
  styles: `
    :host { display: flex; align-items: center; justify-content: space-between; gap: 12px; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
  `,
})
export class SwitchWidget extends WidgetBase {
  protected readonly on = computed(() => this.component().value === true);
  protected readonly canSwitch = computed(() => this.can('turn_on') && this.can('turn_off'));

  protected switched(event: MatSlideToggleChange): void {
    this.ask(onOffIntent(event, this.on()));
  }
}
