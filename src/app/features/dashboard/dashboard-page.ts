import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar, MatSnackBarModule } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router } from '@angular/router';
import { describeHubError } from '../../core/hub-api';
import { NotificationPoller } from '../../core/notifications';
import { Now } from '../../core/platform';
import { SessionStore } from '../../core/session';
import type { HubComponent } from '../../domain/component';
import { iconFor } from '../../domain/icons';
import { formatWait } from '../../domain/wait';
import {
  CategoriesStore, ConnectionStore, NotificationsStore, PreferencesStore, ZonesStore, type ThemeChoice,
} from '../../state';
import { NavLink } from '../../shared/ui/nav-link';
import { progressiveList } from '../../shared/ui/progressive-list';
import { ConnectionIndicator } from './connection-indicator';
import { inChunks, sameIds, searchTiles, TILE_CHUNK, TILE_RENDERING, tilesFor } from './dashboard-view';
import { HomeCatalogue } from './home-catalogue';
import { LiveTile } from './live-tile';
import { NotificationsPanel } from './notifications-panel';
import { PresenceStrip } from './presence-strip';

type Mode = 'zone' | 'category' | 'favourites';

/**
 * The home: rooms, categories or favourites as navigation, a search over every component, a tile per
 * component, the connection's state, the instance switcher and the theme.
 */
@Component({
  selector: 'simo-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatBadgeModule, MatButtonModule, MatButtonToggleModule, MatIconModule, MatMenuModule, MatProgressBarModule, MatSelectModule,
    MatSnackBarModule, MatTabsModule, MatToolbarModule,
    ConnectionIndicator, LiveTile, NavLink, NotificationsPanel, PresenceStrip,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  protected readonly session = inject(SessionStore);
  protected readonly connection = inject(ConnectionStore);
  private readonly home = inject(HomeCatalogue);
  private readonly zones = inject(ZonesStore);
  private readonly categories = inject(CategoriesStore);
  protected readonly prefs = inject(PreferencesStore);
  protected readonly notifications = inject(NotificationsStore);
  private readonly poller = inject(NotificationPoller);
  private readonly snackBar = inject(MatSnackBar);
  private readonly now = inject(Now).value;
  private readonly router = inject(Router);

  protected readonly mode = signal<Mode>('zone');
  private readonly chosenZone = signal<number | null>(null);
  private readonly chosenCategory = signal<number | null>(null);
  protected readonly query = signal('');
  protected readonly showNotifications = signal(false);
  protected readonly themes: { value: ThemeChoice; label: string; icon: string }[] = [
    { value: 'system', label: 'Follow the system', icon: 'brightness_auto' },
    { value: 'light', label: 'Light', icon: 'light_mode' },
    { value: 'dark', label: 'Dark', icon: 'dark_mode' },
  ];

  constructor() {
    // New notifications since the last poll: announce the newest; the panel lists them all.
    effect(() => {
      const fresh = this.notifications.fresh();
      if (!fresh.length) return;
      const newest = fresh[0]!;
      const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
      untracked(() =>
        this.snackBar
          .open(`${newest.title}${newest.body ? `: ${newest.body}` : ''}${more}`, 'Show', { duration: 8000 })
          .onAction()
          .subscribe(() => this.toggleNotifications(true)),
      );
    });
  }

  protected readonly orderedZones = this.zones.ordered;
  protected readonly orderedCategories = this.categories.ordered;
  protected readonly zoneId = computed(() => pick(this.orderedZones(), this.chosenZone()));
  protected readonly categoryId = computed(() => pick(this.orderedCategories(), this.chosenCategory()));
  private readonly favouriteIds = this.home.favouriteIds;
  private readonly catalogue = this.home.catalogue;
  protected readonly searching = computed(() => this.query().trim().length > 0);
  private readonly tiles = computed<HubComponent[]>(() => {
    const cat = this.catalogue();
    if (this.searching()) return searchTiles(cat, this.query());
    const mode = this.mode();
    return tilesFor(cat, mode === 'favourites' ? { kind: 'favourites' } : { kind: mode, id: mode === 'zone' ? this.zoneId() : this.categoryId() });
  });
  /** What the tiles list is showing; a new one starts its progressive rendering again. */
  private readonly viewKey = computed(() =>
    this.searching() ? `search:${this.query()}` : `${this.mode()}:${this.mode() === 'zone' ? this.zoneId() : this.mode() === 'category' ? this.categoryId() : ''}`,
  );
  /** Which components are listed: changes only when the list does, not when a listed component's state does. */
  protected readonly tileIds = computed(() => this.tiles().map((c) => c.id), { equal: sameIds });
  /** The tiles in the DOM: a screenful at once, the rest a few each frame (a room may hold thousands). */
  private readonly rendered = progressiveList(this.tileIds, this.viewKey, TILE_RENDERING);
  protected readonly chunks = computed(() => inChunks(this.rendered(), TILE_CHUNK));
  protected readonly favouriteSet = computed(() => new Set(this.favouriteIds()));
  protected readonly live = computed(() => this.connection.phase() === 'live');
  protected readonly syncError = computed(() => {
    const e = this.connection.syncError();
    return e ? describeHubError(e) : null;
  });
  protected readonly emptyText = computed(() => {
    if (this.searching()) return `Nothing called “${this.query().trim()}” in this home.`;
    if (this.orderedZones().length === 0) return this.connection.phase() === 'empty' ? 'Loading your home…' : 'This home has no zones you can see.';
    if (this.mode() === 'favourites') return 'No favourites yet: star a tile to keep it here.';
    return this.mode() === 'zone' ? 'Nothing to show in this zone.' : 'Nothing to show in this category.';
  });

  /** While the hub bans this account: how long it still lasts, ticking. */
  protected readonly rateLimit = computed(() => {
    const until = this.connection.limitedUntil();
    const left = until === null ? 0 : (until - this.now()) / 1000;
    return left > 0 ? formatWait(left) : null;
  });

  protected categoryIcon(slug: string | null): string {
    return iconFor(slug, '');
  }

  protected toggleNotifications(open = !this.showNotifications()): void {
    this.showNotifications.set(open);
    if (open) void this.poller.refresh();
  }

  protected setMode(mode: Mode): void {
    this.mode.set(mode);
    this.query.set('');
  }

  protected selectZone(id: number): void {
    this.chosenZone.set(id);
  }

  protected selectCategory(id: number): void {
    this.chosenCategory.set(id);
  }

  protected selectInstance(uid: string): void {
    this.chosenZone.set(null);
    this.chosenCategory.set(null);
    this.session.selectInstance(uid);
  }

  protected toggleFavourite(id: number): void {
    const uid = this.session.instanceUid();
    if (uid) this.prefs.toggleFavourite(uid, id);
  }

  protected async signOut(): Promise<void> {
    // LiveSync sees the user go and wipes the saved dashboard with the connection.
    await this.session.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}

/** The chosen entry if it still exists, else the first. */
function pick(list: readonly { id: number }[], chosen: number | null): number | null {
  return list.some((x) => x.id === chosen) ? chosen : (list[0]?.id ?? null);
}
