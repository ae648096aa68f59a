import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavLink } from '../../shared/ui/nav-link';
import { Now } from '../../core/platform';
import { SessionStore } from '../../core/session';
import { armLabel } from '../../domain/alarm-group';
import { canCall } from '../../domain/component';
import { formatDateTime, timeAgo } from '../../domain/relative-time';
import { parseMarkdown } from '../../shared/util/markdown';
import { Markdown } from '../../shared/ui/markdown';
import { Sparkline } from '../../shared/ui/sparkline';
import {
  CategoriesStore, ComponentsStore, ConnectionStore, HistoryStore, PreferencesStore, ZonesStore,
} from '../../state';
import { describeValue } from '../widgets/describe-value';
import { LiveTile } from './live-tile';
import { TileActions } from './tile-actions';
import { parseLimits } from '../../domain/numeric-sensor';

/** Everything the hub says about one component: its live tile, its facts, its help text, and its history. */
@Component({
  selector: 'simo-component-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatToolbarModule, NavLink, LiveTile, Markdown, Sparkline],
  templateUrl: './component-detail-page.html',
  styleUrl: './component-detail-page.scss',
})
export class ComponentDetailPage {
  private readonly components = inject(ComponentsStore);
  private readonly zones = inject(ZonesStore);
  private readonly categories = inject(CategoriesStore);
  private readonly connection = inject(ConnectionStore);
  private readonly session = inject(SessionStore);
  private readonly history = inject(HistoryStore);
  protected readonly prefs = inject(PreferencesStore);
  private readonly actions = inject(TileActions);
  private readonly now = inject(Now).value;

  /** The route's `:id`. */
  readonly id = input.required({ transform: numberAttribute });

  protected readonly component = computed(() => {
    const c = this.components.component(this.id())();
    return c && c.showInApp ? c : null;
  });
  protected readonly live = computed(() => this.connection.phase() === 'live');
  protected readonly favourite = computed(() => this.prefs.isFavourite(this.session.instanceUid(), this.id()));
  protected readonly past = computed(() => this.history.byComponent()[this.id()]);
  protected readonly info = computed(() => parseMarkdown(this.component()?.info ?? ''));
  protected readonly limits = computed(() => parseLimits(this.component()?.config ?? {}));
  protected readonly facts = computed(() => {
    const c = this.component();
    if (!c) return [];
    const zone = c.zone === null ? null : this.zones.entityMap()[c.zone];
    const category = c.category === null ? null : this.categories.entityMap()[c.category];
    const facts: { label: string; value: string }[] = [
      { label: 'Value', value: describeValue(c.value, c.valueUnits) },
      { label: 'Status', value: c.alive ? 'Available' : `Unavailable${c.errorMsg ? `: ${c.errorMsg}` : ''}` },
    ];
    if (c.valueUnits) facts.push({ label: 'Units', value: c.valueUnits });
    if (c.batteryLevel !== null) facts.push({ label: 'Battery', value: `${c.batteryLevel} %` });
    if (c.alarmCategory) facts.push({ label: 'Alarm', value: `${armLabel(c.armStatus)} (${c.alarmCategory})` });
    if (c.lastChange !== null) {
      facts.push({ label: 'Last change', value: `${formatDateTime(c.lastChange)} (${timeAgo(c.lastChange, this.now())})` });
    }
    if (zone) facts.push({ label: 'Room', value: zone.name });
    if (category) facts.push({ label: 'Category', value: category.name });
    facts.push({ label: 'Type', value: c.widgetType ? `${c.baseType} (${c.widgetType})` : c.baseType });
    facts.push({ label: 'Access', value: c.readOnly ? 'Read only' : 'You can control it' });
    return facts;
  });
  /** Arm and disarm for any alarmable component other than the group, which has them on its tile. */
  protected readonly armActions = computed(() => {
    const c = this.component();
    if (!c || !c.alarmCategory || c.baseType === 'alarm-group' || !this.live()) return null;
    return { arm: canCall(c, 'arm') && c.armStatus === 'disarmed', disarm: canCall(c, 'disarm') && c.armStatus !== 'disarmed' };
  });
  protected readonly log = computed(() =>
    (this.past()?.log ?? []).slice(0, 20).map((e) => ({
      ...e,
      when: formatDateTime(e.date),
      iso: new Date(e.date * 1000).toISOString(),
      text: e.type === 'security' ? armLabel(e.value as never) ?? String(e.value) : describeValue(e.value, this.component()?.valueUnits ?? null),
    })),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      if (this.session.liveInstance()) untracked(() => void this.history.load(id, true));
    });
  }

  protected toggleFavourite(): void {
    const uid = this.session.instanceUid();
    if (uid) this.prefs.toggleFavourite(uid, this.id());
  }

  protected arm(): void {
    const c = this.component();
    if (c) void this.actions.send(c, { method: 'arm', args: [], label: 'Arming' });
  }

  protected disarm(): void {
    const c = this.component();
    if (c) void this.actions.send(c, { method: 'disarm', args: [], label: 'Disarming', confirm: { question: `Disarm ${c.name}?`, action: 'Disarm' } });
  }
}
