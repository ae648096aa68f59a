import type { HubComponent } from '../../domain/component';
import type { Category, Zone } from '../../domain/place';
import type { ProgressiveOptions } from '../../shared/ui/progressive-list';

/**
 * How a page adds tiles to the DOM: a screenful at once, then a few per frame, keeping each frame under
 * 40 ms (a Material tile takes about 5 ms to create on a slow tablet).
 */
export const TILE_RENDERING: ProgressiveOptions = { first: 32, step: 8, frameBudgetMs: 40 };

/**
 * Tiles per grid: a long room is a stack of grids, so that adding tiles lays out one grid, not every
 * tile above, and a grid off screen is skipped whole (`content-visibility`). Sixty fills rows of 1 to 6.
 */
export const TILE_CHUNK = 60;

/** The list cut into runs of `size` (the last one shorter). */
export function inChunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** What the dashboard lists: a zone, a category (the "All" one lists everything), the favourites, or a search. */
export type DashboardView =
  | { readonly kind: 'zone'; readonly id: number | null }
  | { readonly kind: 'category'; readonly id: number | null }
  | { readonly kind: 'favourites' };

export interface Catalogue {
  readonly components: readonly HubComponent[];
  readonly byId: Readonly<Record<number, HubComponent>>;
  readonly zones: readonly Zone[];
  readonly categories: readonly Category[];
  readonly favourites: readonly number[];
}

const shown = (c: HubComponent | undefined): c is HubComponent => c !== undefined && c.showInApp;

/** A zone's components in the hub's order, then any the zone list does not name yet; hidden ones never. */
export function zoneTiles(cat: Catalogue, zoneId: number | null): HubComponent[] {
  const zone = cat.zones.find((z) => z.id === zoneId);
  if (!zone) return [];
  const named = new Set(zone.componentIds);
  const extra = cat.components.filter((c) => c.zone === zone.id && !named.has(c.id));
  return [...zone.componentIds.map((id) => cat.byId[id]), ...extra].filter(shown);
}

/** A category's components grouped by zone order; the special "All" category holds every component. */
export function categoryTiles(cat: Catalogue, categoryId: number | null): HubComponent[] {
  const category = cat.categories.find((c) => c.id === categoryId);
  if (!category) return [];
  const zoneOrder = new Map(cat.zones.map((z, i) => [z.id, i]));
  return cat.components
    .filter((c) => shown(c) && (category.all || c.category === category.id))
    .sort((a, b) => (zoneOrder.get(a.zone ?? -1) ?? 1e9) - (zoneOrder.get(b.zone ?? -1) ?? 1e9) || a.id - b.id);
}

/** The favourites in the order they were starred; ones that are gone or hidden are left out. */
export function favouriteTiles(cat: Catalogue): HubComponent[] {
  return cat.favourites.map((id) => cat.byId[id]).filter(shown);
}

/** Folds case and accents: "Kuchyně" matches "kuchyne". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Components whose name (or zone name) holds every word of the query. */
export function searchTiles(cat: Catalogue, query: string): HubComponent[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const zoneName = new Map(cat.zones.map((z) => [z.id, fold(z.name)]));
  return cat.components.filter((c) => {
    if (!c.showInApp) return false;
    const hay = `${fold(c.name)} ${zoneName.get(c.zone ?? -1) ?? ''}`;
    return words.every((w) => hay.includes(w));
  });
}

export function tilesFor(cat: Catalogue, view: DashboardView): HubComponent[] {
  switch (view.kind) {
    case 'zone':
      return zoneTiles(cat, view.id);
    case 'category':
      return categoryTiles(cat, view.id);
    case 'favourites':
      return favouriteTiles(cat);
  }
}

/** Same ids in the same order: a list of tiles that needs no re-rendering. */
export function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
