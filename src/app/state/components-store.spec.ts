import { computed, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { aComponent } from '../domain/testing';
import type { ComponentEvent } from '../domain/feed';
import { ComponentsStore } from './components-store';

describe('ComponentsStore', () => {
  let store: InstanceType<typeof ComponentsStore>;
  const event = (id: number, value: unknown, timestamp: number, definition: ComponentEvent['definition'] = {}): ComponentEvent => ({
    id, timestamp, state: { value }, definition, lastModified: null, actorUserId: null,
  });

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    store = TestBed.inject(ComponentsStore);
    store.replaceAll([aComponent({ id: 1, name: 'Lamp', value: false, syncedAt: 100 }), aComponent({ id: 2, name: 'Fan', value: false, syncedAt: 100 })]);
  });

  it('changes the signal of the component a batch is about, and no other', () => {
    let fanReads = 0;
    const fan = computed(() => (fanReads++, store.component(2)()));
    const lamp = store.component(1);
    const fanBefore = fan();
    const { appliedIds } = store.applyEvents([event(1, true, 200), event(1, false, 201), event(99, true, 200)]);
    expect(appliedIds).toEqual([1]);
    expect(lamp()?.value).toBeFalse();
    expect(lamp()?.syncedAt).toBe(201);
    expect(fan()).toBe(fanBefore);
    expect(fanReads).toBe(1);
    expect(store.entityMap()[1]?.syncedAt).toBe(201);
    expect(store.entities().map((c) => c.id)).toEqual([1, 2]);
  });

  it('leaves everything as it was for a message older than what it has', () => {
    const map = store.entityMap();
    expect(store.applyEvents([event(1, true, 50)]).appliedIds).toEqual([]);
    expect(store.entityMap()).toBe(map);
  });

  it('keeps the listing for feed batches, and renews it with definitions from REST', () => {
    const listing = store.listing();
    store.applyEvents([event(1, true, 200)]);
    expect(store.listing()).toBe(listing);
    store.upsert([aComponent({ id: 3, name: 'Heater', syncedAt: 300 })]);
    expect(store.listing().map((c) => c.name)).toEqual(['Lamp', 'Fan', 'Heater']);
    expect(store.listing()[0]?.value).toBeTrue();
  });

  it('empties the signal of a component that goes, and fills the same signal when it comes back', () => {
    const fan = store.component(2);
    store.replaceAll([aComponent({ id: 1, syncedAt: 100 })]);
    expect(fan()).toBeUndefined();
    expect(store.ids()).toEqual([1]);
    store.replaceAll([aComponent({ id: 2, name: 'Fan again', syncedAt: 400 })]);
    expect(fan()?.name).toBe('Fan again');
    store.clear();
    expect(fan()).toBeUndefined();
    expect(store.entities()).toEqual([]);
    expect(store.listing()).toEqual([]);
  });

  it('answers for an id it has not heard of yet, and fills it in when it arrives', () => {
    const later = store.component(7);
    expect(later()).toBeUndefined();
    store.upsert([aComponent({ id: 7, name: 'Gate', syncedAt: 100 })]);
    expect(later()?.name).toBe('Gate');
    expect(store.ids()).toEqual([1, 2, 7]);
  });
});
