import { Injectable, computed, inject } from '@angular/core';
import { SessionStore } from '../../core/session';
import { CategoriesStore, ComponentsStore, PreferencesStore, ZonesStore } from '../../state';
import type { Catalogue } from './dashboard-view';

/** The current home as the views read it: components, zones and categories in order, this device's favourites. */
@Injectable({ providedIn: 'root' })
export class HomeCatalogue {
  private readonly session = inject(SessionStore);
  private readonly components = inject(ComponentsStore);
  private readonly zones = inject(ZonesStore);
  private readonly categories = inject(CategoriesStore);
  private readonly prefs = inject(PreferencesStore);

  readonly favouriteIds = computed(() => this.prefs.favourites()[this.session.instanceUid() ?? ''] ?? []);
  private readonly listingById = computed(() => Object.fromEntries(this.components.listing().map((c) => [c.id, c])));
  /** Built from the components' definitions: feed updates do not rebuild it (tiles read their live state by id). */
  readonly catalogue = computed<Catalogue>(() => ({
    components: this.components.listing(),
    byId: this.listingById(),
    zones: this.zones.ordered(),
    categories: this.categories.ordered(),
    favourites: this.favouriteIds(),
  }));
}
