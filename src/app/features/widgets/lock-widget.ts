import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { isLockState, lockIcon, lockIsMoving, lockLabel } from '../../domain/lock';
import { WidgetBase } from './widget-base';

/** lock: every state, including moving and fault; unlocking asks first, locking does not. */
@Component({
  selector: 'simo-lock-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="state" [class.fault]="state() === 'fault'">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon><span>{{ label() }}</span>
    </div>
    <div class="actions">
      @if (can('lock')) {
        <button mat-flat-button type="button" [disabled]="state() === 'locked' || moving()" (click)="lock()">Lock</button>
      }
      @if (can('unlock')) {
        <button mat-stroked-button type="button" [disabled]="state() === 'unlocked' || moving()" (click)="unlock()">Unlock</button>
      }
    </div>
  `,
  styles: `
    :host { display: grid; gap: 8px; }
    .state { display: flex; align-items: center; gap: 8px; font: var(--mat-sys-title-large); min-height: 48px; }
    .fault { color: var(--mat-sys-error); }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    button { min-height: 48px; flex: 1 1 0; }
  `,
})
export class LockWidget extends WidgetBase {
  protected readonly state = computed(() => {
    const v = this.component().value;
    return isLockState(v) ? v : null;
  });
  protected readonly moving = computed(() => {
    const s = this.state();
    return s !== null && lockIsMoving(s);
  });
  protected readonly label = computed(() => {
    const s = this.state();
    return s ? lockLabel(s) : 'Unknown';
  });
  protected readonly icon = computed(() => {
    const s = this.state();
    return s ? lockIcon(s) : 'help';
  });

  protected lock(): void {
    this.call('lock', 'Locking');
  }

  protected unlock(): void {
    this.call('unlock', 'Unlocking', [], { question: `Unlock ${this.component().name}?`, action: 'Unlock' });
  }
}
