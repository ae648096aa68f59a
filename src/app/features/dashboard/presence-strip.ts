import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Now } from '../../core/platform';
import { timeAgo } from '../../domain/relative-time';
import { PeopleStore } from '../../state';
import { Avatar } from '../../shared/ui/avatar';

/** Who is at home, and when the others were last seen. */
@Component({
  selector: 'simo-presence-strip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Avatar],
  template: `
    @if (people.atHome().length) {
      <span class="label">At home:</span>
      <ul aria-label="At home">
        @for (p of people.atHome(); track p.id) {
          <li><simo-avatar [path]="p.avatarPath" [name]="p.name" /><span>{{ p.name }}</span></li>
        }
      </ul>
    } @else if (people.entities().length) {
      <span class="label">Nobody is at home.</span>
    }
    @if (away().length) {
      <span class="label">Away:</span>
      <ul aria-label="Away">
        @for (p of away(); track p.id) {
          <li><simo-avatar [path]="p.avatarPath" [name]="p.name" /><span>{{ p.name }}{{ p.seen ? ', seen ' + p.seen : '' }}</span></li>
        }
      </ul>
    }
  `,
  host: { role: 'region', 'aria-label': 'Presence' },
  styles: `
    :host { display: flex; align-items: center; flex-wrap: wrap; gap: 12px; padding: 8px 16px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    ul { display: flex; gap: 16px 16px; margin: 0; padding: 0; list-style: none; flex-wrap: wrap; }
    li { display: flex; align-items: center; gap: 6px; }
  `,
})
export class PresenceStrip {
  protected readonly people = inject(PeopleStore);
  private readonly now = inject(Now).value;
  protected readonly away = computed(() =>
    this.people
      .entities()
      .filter((p) => p.isActive && !p.atHome)
      .map((p) => ({ ...p, seen: p.lastSeen === null ? null : timeAgo(p.lastSeen, this.now()) })),
  );
}
