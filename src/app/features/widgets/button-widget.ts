import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { buttonEventLabel, isButtonEvent, SENDABLE_BUTTON_EVENTS, type ButtonEvent } from '../../domain/button';
import { WidgetBase } from './widget-base';

/** button: the last event the hub saw; where the user may, a press can be sent as if on the wall. */
@Component({
  selector: 'simo-button-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <span class="state">{{ last() }}</span>
    @if (can('send')) {
      <div class="actions">
        @for (e of events; track e) {
          <button mat-stroked-button type="button" (click)="press(e)">{{ label(e) }}</button>
        }
      </div>
    }
  `,
  styles: `
    :host { display: grid; gap: 6px; }
    .state { font: var(--mat-sys-title-large); min-height: 32px; }
    .actions { display: flex; flex-wrap: wrap; gap: 6px; }
    button { min-height: 48px; }
  `,
})
export class ButtonWidget extends WidgetBase {
  protected readonly events = SENDABLE_BUTTON_EVENTS;
  protected readonly last = computed(() => {
    const v = this.component().value;
    return isButtonEvent(v) ? `Last: ${buttonEventLabel(v)}` : 'No event yet';
  });

  protected label(e: ButtonEvent): string {
    return buttonEventLabel(e);
  }

  protected press(e: ButtonEvent): void {
    this.call('send', `Sending “${buttonEventLabel(e)}”`, [e]);
  }
}
