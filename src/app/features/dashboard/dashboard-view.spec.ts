import { aComponent } from '../../domain/testing';
import type { Category, Zone } from '../../domain/place';
import { fold, searchTiles, tilesFor, type Catalogue } from './dashboard-view';

describe('dashboard views', () => {
  const components = [
    aComponent({ id: 1, name: 'Kitchen ceiling', zone: 2, category: 10 }),
    aComponent({ id: 2, name: 'Sofa lamp', zone: 1, category: 10 }),
    aComponent({ id: 3, name: 'Christmas lights', zone: 1, category: 10, showInApp: false }),
    aComponent({ id: 4, name: 'Kuchyňská lampa', zone: 2, category: 11 }),
    aComponent({ id: 5, name: 'New socket', zone: 1, category: null }),
  ];
  const zones: Zone[] = [
    { id: 1, name: 'Living room', componentIds: [2, 3, 99], order: 0 },
    { id: 2, name: 'Kitchen', componentIds: [4, 1], order: 1 },
  ];
  const categories: Category[] = [
    { id: 9, name: 'All', all: true, icon: null, order: 0, lastModified: null },
    { id: 10, name: 'Lights', all: false, icon: null, order: 1, lastModified: null },
  ];
  const cat: Catalogue = {
    components, zones, categories, favourites: [4, 3, 77, 2],
    byId: Object.fromEntries(components.map((c) => [c.id, c])),
  };
  const ids = (list: { id: number }[]) => list.map((c) => c.id);

  const cases: [string, Parameters<typeof tilesFor>[1], number[]][] = [
    ['a zone, in the hub order, hidden and unknown ids left out, unlisted members last', { kind: 'zone', id: 1 }, [2, 5]],
    ['another zone', { kind: 'zone', id: 2 }, [4, 1]],
    ['a zone that is gone', { kind: 'zone', id: 42 }, []],
    ['a category, by zone order', { kind: 'category', id: 10 }, [2, 1]],
    ['the All category', { kind: 'category', id: 9 }, [2, 5, 1, 4]],
    ['favourites in starred order, without hidden or gone ones', { kind: 'favourites' }, [4, 2]],
  ];
  for (const [name, view, want] of cases) it(`lists ${name}`, () => expect(ids(tilesFor(cat, view))).toEqual(want));

  const searches: [string, number[]][] = [
    ['lamp', [2, 4]], ['KUCHYNSKA', [4]], ['kitchen', [1, 4]], ['living lamp', [2]], ['christmas', []], ['  ', []],
  ];
  for (const [q, want] of searches) it(`searches "${q}"`, () => expect(ids(searchTiles(cat, q))).toEqual(want));

  it('folds case and accents', () => expect(fold('Žluťoučký KŮŇ')).toBe('zlutoucky kun'));
});
