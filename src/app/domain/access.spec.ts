import { alarmGroupState, alarmStats, armLabel } from './alarm-group';
import { buttonEventLabel, isButtonEvent } from './button';
import { gateActions, gateIsMoving, gateLabel, isGateState } from './gate';
import { isLockState, lockIsMoving, lockLabel } from './lock';

describe('lock, gate, button and alarm-group values', () => {
  const lock: [unknown, boolean, boolean][] = [
    ['locked', true, false], ['unlocked', true, false], ['locking', true, true], ['unlocking', true, true],
    ['operating', true, true], ['fault', true, false], ['open', false, false], [true, false, false],
  ];
  for (const [v, valid, moving] of lock) {
    it(`lock ${JSON.stringify(v)}: ${valid ? (moving ? 'moving' : 'still') : 'invalid'}`, () => {
      expect(isLockState(v)).toBe(valid);
      if (isLockState(v)) {
        expect(lockIsMoving(v)).toBe(moving);
        expect(lockLabel(v)).toBeTruthy();
      }
    });
  }

  const gate: [unknown, boolean, boolean][] = [
    ['closed', true, false], ['open', true, false], ['open_moving', true, true], ['closed_moving', true, true], ['opening', false, false],
  ];
  for (const [v, valid, moving] of gate) {
    it(`gate ${JSON.stringify(v)}`, () => {
      expect(isGateState(v)).toBe(valid);
      if (isGateState(v)) {
        expect(gateIsMoving(v)).toBe(moving);
        expect(gateLabel(v)).toBeTruthy();
      }
    });
  }

  it('offers only call on an impulse gate', () => {
    expect(gateActions({})).toEqual(['open', 'close', 'call']);
    expect(gateActions({ action_method: 'click' })).toEqual(['call']);
  });

  it('knows the button events', () => {
    expect(isButtonEvent('double-click')).toBeTrue();
    expect(isButtonEvent('long-press')).toBeFalse();
    expect(buttonEventLabel('hold')).toBe('Held');
  });

  it('reads an alarm group and its member counts', () => {
    expect(alarmGroupState('breached')).toBe('breached');
    expect(alarmGroupState('armed-ish')).toBeNull();
    expect(armLabel('pending-arm')).toBe('Arming…');
    expect(alarmStats({ stats: { disarmed: 1, armed: 2, 'pending-arm': -1 } })).toEqual({
      disarmed: 1, 'pending-arm': 0, armed: 2, breached: 0,
    });
    expect(alarmStats({})).toBeNull();
  });
});
