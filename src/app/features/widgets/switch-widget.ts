import { Component, computed, input, output } from '@angular/core';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { canCall, type HubComponent } from '../../domain/component';
import { onOffIntent, type WidgetIntent } from './widget-intent';

/** switch: on/off. The toggle always shows the hub's value; what the user asked for shows as pending. */
@Component({
  selector: 'simo-switch-widget',
  imports: [MatSlideToggleModule],
  template: `
    <span class="state">{{ on() ? 'On' : 'Off' }}</span>
    <mat-slide-toggle
      [checked]="on()"
      [disabled]="!canSwitch()"
      [aria-label]="component().name"
      (change)="switched($event)"
    />
  `,
  styles: `
    :host { display: flex; align-items: center; justify-content: space-between; gap: 12px; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
  `,
})
export class SwitchWidget {
  readonly component = input.required<HubComponent>();
  /** False while the data is not live: a command could not be sent, so none is offered. */
  readonly interactive = input(true);
  readonly intent = output<WidgetIntent>();

  protected readonly on = computed(() => this.component().value === true);
  protected readonly canSwitch = computed(
    () => this.interactive() && canCall(this.component(), 'turn_on') && canCall(this.component(), 'turn_off'),
  );

  protected switched(event: MatSlideToggleChange): void {
    this.intent.emit(onOffIntent(event, this.on()));
  }
}
