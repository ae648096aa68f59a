import { ChangeDetectionStrategy, Component, computed, effect, inject, OnDestroy, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { KioskRuntime } from '../../core/kiosk';
import { Now } from '../../core/platform';
import { SessionStore } from '../../core/session';
import type { HubComponent } from '../../domain/component';
import { shouldSleep, type KioskView } from '../../domain/kiosk';
import { ComponentsStore, ConnectionStore, KioskStore, ZonesStore } from '../../state';
import { ConnectionIndicator, HomeCatalogue, inChunks, LiveTile, sameIds, TILE_CHUNK, TILE_RENDERING, TileActions, tilesFor } from '../dashboard';
import { progressiveList } from '../../shared/ui/progressive-list';
import { PinDialog } from './pin-dialog';

/** How long a doorbell keeps the screen. */
const DOORBELL_MS = 60_000;

/**
 * The wall tablet: the chosen view filling the screen, no app chrome. Night mode blanks it (a touch only
 * wakes it), a breached alarm group takes it over with a disarm action, a doorbell shows itself for a
 * minute, and leaving needs the admin PIN when one is set.
 */
@Component({
  selector: 'simo-kiosk-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, ConnectionIndicator, LiveTile],
  templateUrl: './kiosk-page.html',
  styleUrl: './kiosk-page.scss',
  host: {
    '(pointerdown)': 'touched()',
    '(keydown)': 'touched()',
  },
})
export class KioskPage implements OnDestroy {
  private readonly runtime = inject(KioskRuntime);
  protected readonly kiosk = inject(KioskStore);
  private readonly home = inject(HomeCatalogue);
  private readonly components = inject(ComponentsStore);
  private readonly zones = inject(ZonesStore);
  private readonly connection = inject(ConnectionStore);
  protected readonly session = inject(SessionStore);
  protected readonly actions = inject(TileActions);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly now = inject(Now).value;

  /** The chosen view; a room or category not chosen yet (or gone) is the first one. */
  private readonly view = computed<KioskView>(() => {
    const v = this.kiosk.profile().view;
    if (v.kind === 'favourites') return v;
    const cat = this.home.catalogue();
    const list: readonly { id: number }[] = v.kind === 'zone' ? cat.zones : cat.categories;
    return list.some((x) => x.id === v.id) ? v : { kind: v.kind, id: list[0]?.id ?? null };
  });
  private readonly tileIds = computed(() => tilesFor(this.home.catalogue(), this.view()).map((c) => c.id), { equal: sameIds });
  /** As on the dashboard: a screenful at once, the rest a few each frame, in stacked grids. */
  private readonly rendered = progressiveList(this.tileIds, computed(() => JSON.stringify(this.view())), TILE_RENDERING);
  protected readonly chunks = computed(() => inChunks(this.rendered(), TILE_CHUNK));
  protected readonly viewName = computed(() => {
    const v = this.view();
    const cat = this.home.catalogue();
    if (v.kind === 'favourites') return 'Favourites';
    const list: readonly { id: number; name: string }[] = v.kind === 'zone' ? cat.zones : cat.categories;
    return list.find((x) => x.id === v.id)?.name ?? list[0]?.name ?? '';
  });
  protected readonly live = computed(() => this.connection.phase() === 'live');
  protected readonly clock = computed(() => {
    const d = new Date(this.now());
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  });
  protected readonly asleep = computed(() => shouldSleep(this.kiosk.profile(), this.now(), this.kiosk.lastInteraction()));
  private readonly alarmGroupIds = computed(() => this.components.listing().filter((c) => c.baseType === 'alarm-group').map((c) => c.id));
  /** Breached alarm groups, with the zone each is in (each group's own signal: a feed batch costs nothing more here). */
  protected readonly breaches = computed(() =>
    this.alarmGroupIds()
      .map((id) => this.components.component(id)())
      .filter((c): c is HubComponent => c !== undefined && (c.value === 'breached' || c.armStatus === 'breached'))
      .map((c) => ({ component: c, zone: c.zone === null ? null : (this.zones.entityMap()[c.zone]?.name ?? null) })),
  );
  private readonly doorbellUntil = signal(0);
  protected readonly doorbell = computed(() => {
    const id = this.kiosk.profile().doorbell;
    const c = id === null ? undefined : this.components.component(id)();
    return c && this.now() < this.doorbellUntil() ? c : null;
  });

  constructor() {
    this.runtime.start();
    // A doorbell rings when it reports a press (a button event other than "up", or a sensor turning on).
    let seen: number | null | undefined;
    effect(() => {
      const id = this.kiosk.profile().doorbell;
      const c = id === null ? undefined : this.components.component(id)();
      const at = c?.lastChange;
      untracked(() => {
        if (seen !== undefined && c && at !== seen && (c.value === true || (typeof c.value === 'string' && c.value !== 'up'))) {
          this.doorbellUntil.set(this.now() + DOORBELL_MS);
          this.kiosk.touched();
        }
        seen = at ?? null;
      });
    });
  }

  ngOnDestroy(): void {
    this.runtime.stop();
  }

  protected touched(): void {
    this.kiosk.touched();
    this.runtime.fullscreenOnTouch();
  }

  /**
   * A touch on the night screen only wakes it: it must not reach the tile under the finger. So the
   * screen stays up until the click that ends the touch has landed on it (pointerdown does not wake).
   */
  protected wake(event: Event): void {
    event.preventDefault();
    event.stopPropagation();
    this.kiosk.touched();
  }

  protected disarm(component: HubComponent): void {
    void this.actions.send(component, {
      method: 'disarm', args: [], label: 'Disarming', confirm: { question: `Disarm ${component.name}?`, action: 'Disarm' },
    });
  }

  protected async leave(): Promise<void> {
    if (this.kiosk.profile().pin) {
      const ok = await firstValueFrom(this.dialog.open(PinDialog, { autoFocus: 'first-tabbable' }).afterClosed());
      if (ok !== true) return;
    } else {
      this.kiosk.unlock('');
    }
    await this.router.navigateByUrl('/settings/kiosk');
  }
}
