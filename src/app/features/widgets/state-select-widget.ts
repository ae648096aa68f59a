import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { iconFor } from '../../domain/icons';
import { parseStates } from '../../domain/state-select';
import { WidgetBase } from './widget-base';

/** state-select: the config's states with their icons, the current one marked (e.g. the home's main state). */
@Component({
  selector: 'simo-state-select-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <div class="states" role="radiogroup" [attr.aria-label]="component().name">
      @for (s of states(); track s.slug) {
        <button type="button" role="radio" class="state" [class.current]="s.slug === current()" [attr.aria-checked]="s.slug === current()"
                [disabled]="!can('send')" [title]="s.help ?? s.name" (click)="choose(s.slug, s.name)">
          <mat-icon aria-hidden="true">{{ icon(s.icon) }}</mat-icon><span>{{ s.name }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .states { display: flex; flex-wrap: wrap; gap: 6px; }
    .state {
      display: inline-flex; align-items: center; gap: 4px; min-height: 48px; padding: 0 12px; border-radius: 24px; cursor: pointer;
      border: 1px solid var(--mat-sys-outline-variant); background: transparent; color: var(--mat-sys-on-surface); font: var(--mat-sys-label-large);
    }
    .state.current { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); border-color: transparent; }
    .state:disabled { cursor: default; }
    .state:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    mat-icon { font-size: 18px; width: 18px; height: 18px; }
  `,
})
export class StateSelectWidget extends WidgetBase {
  protected readonly states = computed(() => parseStates(this.component().config));
  protected readonly current = computed(() => this.component().value);

  protected icon(slug: string | null): string {
    return iconFor(slug, 'state-select');
  }

  protected choose(slug: string, name: string): void {
    if (slug !== this.current()) this.call('send', `Switching to ${name}`, [slug]);
  }
}
