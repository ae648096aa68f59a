import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { gateActions, gateIsMoving, gateLabel, isGateState, type GateAction } from '../../domain/gate';
import { WidgetBase } from './widget-base';

const WORDS: Record<GateAction, { button: string; doing: string }> = {
  open: { button: 'Open', doing: 'Opening' },
  close: { button: 'Close', doing: 'Closing' },
  call: { button: 'Call', doing: 'Calling the gate' },
};

/** gate: open, closed and moving; open, close or call as the gate allows. Opening asks first. */
@Component({
  selector: 'simo-gate-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="state">
      <mat-icon aria-hidden="true">{{ moving() ? 'sync' : state() === 'open' ? 'fence' : 'door_sliding' }}</mat-icon>
      <span>{{ label() }}</span>
    </div>
    <div class="actions">
      @for (a of actions(); track a) {
        <button mat-stroked-button type="button" (click)="act(a)">{{ words[a].button }}</button>
      }
    </div>
  `,
  styles: `
    :host { display: grid; gap: 8px; }
    .state { display: flex; align-items: center; gap: 8px; font: var(--mat-sys-title-large); min-height: 48px; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    button { min-height: 48px; flex: 1 1 0; }
  `,
})
export class GateWidget extends WidgetBase {
  protected readonly words = WORDS;
  protected readonly state = computed(() => {
    const v = this.component().value;
    return isGateState(v) ? v : null;
  });
  protected readonly moving = computed(() => {
    const s = this.state();
    return s !== null && gateIsMoving(s);
  });
  protected readonly label = computed(() => {
    const s = this.state();
    return s ? gateLabel(s) : 'Unknown';
  });
  protected readonly actions = computed(() => gateActions(this.component().config).filter((a) => this.can(a)));

  protected act(a: GateAction): void {
    // Opening (or calling a closed gate, which opens it) lets people in: ask first.
    const opens = a === 'open' || (a === 'call' && !String(this.component().value).startsWith('open'));
    const name = this.component().name;
    this.call(a, WORDS[a].doing, [], opens ? { question: `${WORDS[a].button} ${name}?`, action: WORDS[a].button } : undefined);
  }
}
