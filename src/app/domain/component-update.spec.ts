import { applyComponentEvent, mergeDefinition } from './component-update';
import type { ComponentEvent } from './feed';
import { aComponent } from './testing';

function event(overrides: Partial<ComponentEvent> = {}): ComponentEvent {
  return { id: 1, timestamp: 200, state: { value: true }, definition: {}, lastModified: null, actorUserId: null, ...overrides };
}

describe('applyComponentEvent', () => {
  it('applies a newer message and moves the clock', () => {
    const out = applyComponentEvent(aComponent(), event());
    expect(out.applied).toBeTrue();
    expect(out.component.value).toBeTrue();
    expect(out.component.syncedAt).toBe(200);
  });

  it('keeps the same object when the message is not newer (retained or replayed)', () => {
    const c = aComponent({ syncedAt: 300 });
    for (const ts of [100, 300]) {
      const out = applyComponentEvent(c, event({ timestamp: ts }));
      expect(out.applied).toBeFalse();
      expect(out.component).toBe(c);
    }
  });

  it('refuses a value of the wrong shape for the type', () => {
    const cases: [string, unknown][] = [['switch', 'banana'], ['dimmer', true], ['multi-sensor', [['t']]], ['switch-double', [true]]];
    for (const [baseType, value] of cases) {
      const c = aComponent({ baseType });
      const out = applyComponentEvent(c, event({ state: { value } }));
      expect(out.applied).withContext(baseType).toBeFalse();
      expect(out.component).toBe(c);
    }
  });

  it('applies definition fields and asks for a refetch when last_modified is newer', () => {
    const out = applyComponentEvent(aComponent(), event({ definition: { name: 'Hall' }, lastModified: 60 }));
    expect(out.component.name).toBe('Hall');
    expect(out.definitionStale).toBeTrue();
    expect(applyComponentEvent(aComponent(), event({ lastModified: 50 })).definitionStale).toBeFalse();
  });
});

describe('mergeDefinition', () => {
  it('keeps newer state from the feed when the REST answer is older', () => {
    const current = aComponent({ value: true, syncedAt: 500, name: 'Old' });
    const fresh = aComponent({ value: false, syncedAt: 400, name: 'New', config: { max: 5 } });
    const merged = mergeDefinition(current, fresh);
    expect(merged.name).toBe('New');
    expect(merged.config).toEqual({ max: 5 });
    expect(merged.value).toBeTrue();
    expect(merged.syncedAt).toBe(500);
    expect(mergeDefinition(current, aComponent({ syncedAt: 600, value: false })).value).toBeFalse();
  });
});
