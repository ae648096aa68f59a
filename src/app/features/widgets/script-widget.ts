import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { isScriptState, scriptLabel } from '../../domain/script';
import { WidgetBase } from './widget-base';

/** script: its status; start and stop. */
@Component({
  selector: 'simo-script-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <span class="state" [class.error]="state() === 'error'">{{ label() }}</span>
    @if (state() === 'running') {
      @if (can('stop')) { <button mat-stroked-button type="button" (click)="call('stop', 'Stopping')"><mat-icon>stop</mat-icon>Stop</button> }
    } @else if (can('start')) {
      <button mat-stroked-button type="button" (click)="call('start', 'Starting')"><mat-icon>play_arrow</mat-icon>Start</button>
    }
  `,
  styles: `
    :host { display: flex; align-items: center; justify-content: space-between; gap: 8px; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
    .error { color: var(--mat-sys-error); }
    button { min-height: 48px; }
  `,
})
export class ScriptWidget extends WidgetBase {
  protected readonly state = computed(() => {
    const v = this.component().value;
    return isScriptState(v) ? v : null;
  });
  protected readonly label = computed(() => {
    const s = this.state();
    return s ? scriptLabel(s) : 'Unknown';
  });
}
