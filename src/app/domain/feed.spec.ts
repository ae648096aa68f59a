import { parseComponentEvent, parseNamedEvent, parsePermsChanged, parsePresenceEvent } from './feed';

describe('feed payloads', () => {
  const base = {
    obj_ct_pk: 12, obj_pk: 42, value: true, last_change: '2025-01-05 18:22:10.123456+00:00',
    last_modified: '2024-12-01 09:00:00.500000+00:00', arm_status: 'disarmed', breach_delay: 0,
    battery_level: null, alive: true, meta: {}, timestamp: 1736101330.456789,
  };

  it('reads a full Component message, datetimes as seconds', () => {
    const e = parseComponentEvent(42, { ...base, dirty_fields: { value: true, error_msg: 'gone', name: 'New name', zone: 3 } })!;
    expect(e.timestamp).toBe(1736101330.456789);
    expect(e.state.value).toBeTrue();
    expect(e.state.lastChange).toBeCloseTo(1736101330.123456, 5);
    expect(e.state.errorMsg).toBe('gone');
    expect(e.definition).toEqual({ name: 'New name', zone: 3 });
    expect(e.lastModified).toBeCloseTo(1733043600.5, 5);
  });

  it('reads a master echo and a republish (no dirty_fields, fewer fields)', () => {
    expect(parseComponentEvent(42, { ...base, slave_id: 7 })?.definition).toEqual({});
    const republish = parseComponentEvent(42, { value: 1, alive: true, meta: {}, timestamp: 5 })!;
    expect(republish.state).toEqual({ value: 1, alive: true, meta: {} });
  });

  const refused: [string, unknown][] = [
    ['not an object', [1, 2]],
    ['no timestamp', { value: true }],
    ['a string timestamp', { value: true, timestamp: '1736101330' }],
    ['a timestamp beyond any real clock', { value: 5, timestamp: 1e20 }],
    ['alive of the wrong type', { value: true, alive: 'yes', timestamp: 1 }],
    ['battery of the wrong type', { battery_level: 'full', timestamp: 1 }],
    ['an unknown arm status', { arm_status: 'sleeping', timestamp: 1 }],
    ['meta that is a string', { meta: 'x', timestamp: 1 }],
    ['an unreadable last_change', { last_change: 'yesterday', timestamp: 1 }],
  ];
  for (const [name, body] of refused) {
    it(`refuses a Component message with ${name}`, () => expect(parseComponentEvent(1, body)).toBeNull());
  }

  it('reads zone, category and presence messages', () => {
    expect(parseNamedEvent(3, { name: 'Kitchen', dirty_fields: { order: 2 }, timestamp: 9 })).toEqual({
      id: 3, timestamp: 9, name: 'Kitchen', needsRefetch: true, lastModified: null,
    });
    expect(parseNamedEvent(3, { name: 5, timestamp: 9 })?.name).toBeNull();
    const p = parsePresenceEvent(7, { at_home: false, last_seen: '2025-01-05 18:22:10+00:00', timestamp: 9 })!;
    expect(p.atHome).toBeFalse();
    expect(p.lastSeen).toBe(1736101330);
    expect(parsePresenceEvent(7, { at_home: 'no', timestamp: 9 })?.atHome).toBeUndefined();
    expect(parsePresenceEvent(7, { at_home: false })).toBeNull();
  });

  it('tolerates perms-changed in the real form and the integration note form', () => {
    expect(parsePermsChanged({ instance_id: 1, timestamp: 1736101330 })).toEqual({ instanceId: 1 });
    expect(parsePermsChanged({})).toEqual({ instanceId: null });
    expect(parsePermsChanged('x')).toBeNull();
  });
});
