import { Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatSnackBar, MatSnackBarModule } from '@angular/material/snack-bar';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router } from '@angular/router';
import { ControlService } from '../../core/control';
import { NotificationPoller } from '../../core/notifications';
import { describeHubError } from '../../core/hub-api';
import { Now } from '../../core/platform';
import { SessionStore } from '../../core/session';
import { formatWait } from '../../domain/wait';
import type { HubComponent } from '../../domain/component';
import { CommandsStore, ComponentsStore, ConnectionStore, NotificationsStore, ZonesStore, type CommandState } from '../../state';
import type { WidgetIntent } from '../widgets';
import { ComponentTile } from './component-tile';
import { ConnectionIndicator } from './connection-indicator';
import { NotificationsPanel } from './notifications-panel';
import { PresenceStrip } from './presence-strip';

/** The home: zones as navigation, a tile per component, the connection's state, the instance switcher. */
@Component({
  selector: 'simo-dashboard-page',
  imports: [
    MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule, MatProgressBarModule, MatSelectModule, MatSnackBarModule,
    MatTabsModule, MatToolbarModule,
    ComponentTile, ConnectionIndicator, NotificationsPanel, PresenceStrip,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  protected readonly session = inject(SessionStore);
  protected readonly connection = inject(ConnectionStore);
  private readonly components = inject(ComponentsStore);
  private readonly zones = inject(ZonesStore);
  private readonly commands = inject(CommandsStore);
  protected readonly notifications = inject(NotificationsStore);
  private readonly poller = inject(NotificationPoller);
  private readonly snackBar = inject(MatSnackBar);
  private readonly control = inject(ControlService);
  private readonly now = inject(Now).value;
  private readonly router = inject(Router);

  private readonly chosenZone = signal<number | null>(null);
  protected readonly showNotifications = signal(false);

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
  protected readonly zoneId = computed(() => {
    const zones = this.orderedZones();
    const chosen = this.chosenZone();
    return zones.some((z) => z.id === chosen) ? chosen : (zones[0]?.id ?? null);
  });
  /** The zone's components in the hub's order, then any the zone list does not name yet. */
  protected readonly tiles = computed<HubComponent[]>(() => {
    const id = this.zoneId();
    const zone = id === null ? undefined : this.zones.entityMap()[id];
    if (!zone) return [];
    const map = this.components.entityMap();
    const listed = zone.componentIds.map((cid) => map[cid]).filter((c): c is HubComponent => c !== undefined);
    const named = new Set(zone.componentIds);
    const extra = this.components.entities().filter((c) => c.zone === zone.id && !named.has(c.id));
    return [...listed, ...extra].filter((c) => c.showInApp);
  });
  protected readonly commandMap = this.commands.entityMap;
  protected readonly live = computed(() => this.connection.phase() === 'live');
  protected readonly syncError = computed(() => {
    const e = this.connection.syncError();
    return e ? describeHubError(e) : null;
  });

  /** While the hub bans this account: how long it still lasts, ticking. */
  protected readonly rateLimit = computed(() => {
    const until = this.connection.limitedUntil();
    const left = until === null ? 0 : (until - this.now()) / 1000;
    return left > 0 ? formatWait(left) : null;
  });

  protected toggleNotifications(open = !this.showNotifications()): void {
    this.showNotifications.set(open);
    if (open) void this.poller.refresh();
  }

  protected selectZone(id: number): void {
    this.chosenZone.set(id);
  }

  protected selectInstance(uid: string): void {
    this.chosenZone.set(null);
    this.session.selectInstance(uid);
  }

  protected send(component: HubComponent, intent: WidgetIntent): void {
    void this.control.send(component.id, intent.method, intent.args, intent.label);
  }

  protected retry(cmd: CommandState): void {
    void this.control.send(cmd.componentId, cmd.method, cmd.args, cmd.intent);
  }

  protected dismiss(componentId: number): void {
    this.commands.dismiss(componentId);
  }

  protected async signOut(): Promise<void> {
    // LiveSync sees the user go and wipes the saved dashboard with the connection.
    await this.session.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
