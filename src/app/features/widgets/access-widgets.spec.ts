import { AlarmGroupWidget } from './alarm-group-widget';
import { GateWidget } from './gate-widget';
import { LockWidget } from './lock-widget';
import { configureWidgetTests, renderWidget } from './testing';

describe('lock, gate and alarm group widgets', () => {
  beforeEach(configureWidgetTests);

  const lock = { name: 'Door', baseType: 'lock', widgetType: 'lock', controllerMethods: ['lock', 'send', 'unlock'] };

  it('lock: locks at once, asks before unlocking', async () => {
    const w = await renderWidget(LockWidget, { ...lock, value: 'unlocked' });
    await w.press('Lock');
    expect(w.intents).toEqual([{ method: 'lock', args: [], label: 'Locking' }]);
    w.fixture.componentRef.setInput('component', { ...w.fixture.componentInstance.component(), value: 'locked' });
    await w.fixture.whenStable();
    await w.press('Unlock');
    expect(w.intents[1]).toEqual({ method: 'unlock', args: [], label: 'Unlocking', confirm: { question: 'Unlock Door?', action: 'Unlock' } });
  });

  const lockCases: [string, Record<string, unknown>, boolean, string[]][] = [
    ['read only', { readOnly: true }, true, []],
    ['not live', {}, false, []],
    ['without unlock in controller_methods', { controllerMethods: ['lock'] }, true, ['Lock']],
  ];
  for (const [name, extra, interactive, want] of lockCases) {
    it(`lock ${name}: offers ${want.join(', ') || 'nothing'}`, async () => {
      const w = await renderWidget(LockWidget, { ...lock, value: 'fault', ...extra }, interactive);
      expect(w.buttons()).toEqual(want);
      expect(w.el.textContent).toContain('Fault');
    });
  }

  it('gate: opening asks, closing does not; an impulse gate only calls', async () => {
    const methods = ['call', 'close', 'open', 'send'];
    const w = await renderWidget(GateWidget, { name: 'Gate', baseType: 'gate', value: 'closed', controllerMethods: methods });
    expect(w.buttons()).toEqual(['Open', 'Close', 'Call']);
    await w.press('Close');
    await w.press('Open');
    expect(w.intents.map((i) => [i.method, !!i.confirm])).toEqual([['close', false], ['open', true]]);
    const impulse = await renderWidget(GateWidget, { baseType: 'gate', value: 'open_moving', controllerMethods: methods, config: { action_method: 'click' } });
    expect(impulse.buttons()).toEqual(['Call']);
    expect(impulse.el.textContent).toContain('Opening…');
  });

  it('alarm group: arms at once, asks before disarming, shows the members', async () => {
    const w = await renderWidget(AlarmGroupWidget, {
      name: 'House', baseType: 'alarm-group', value: 'armed', controllerMethods: ['arm', 'disarm'],
      config: { stats: { disarmed: 1, 'pending-arm': 0, armed: 2, breached: 0 } },
    });
    expect(w.el.textContent).toContain('2 armed · 0 arming · 1 disarmed');
    await w.press('Disarm');
    expect(w.intents).toEqual([{ method: 'disarm', args: [], label: 'Disarming', confirm: { question: 'Disarm House?', action: 'Disarm' } }]);
  });
});
