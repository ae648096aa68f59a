import { BlindsWidget } from './blinds-widget';
import { MultiSwitchWidget } from './multi-switch-widget';
import { PlayerWidget } from './player-widget';
import { StateSelectWidget } from './state-select-widget';
import { configureWidgetTests, renderWidget } from './testing';

describe('multi-switch, blinds, player and state-select widgets', () => {
  beforeEach(configureWidgetTests);

  it('multi-switch: flips one channel of the hub list', async () => {
    const w = await renderWidget(MultiSwitchWidget, { baseType: 'switch-triple', widgetType: 'switch-triple', value: [true, false, true], controllerMethods: ['send'] });
    await w.press('Channel 2');
    expect(w.intents).toEqual([{ method: 'send', args: [[true, true, true]], label: 'Turning channel 2 on' }]);
  });

  it('blinds: reads percent open and moves to a target on release', async () => {
    const w = await renderWidget(BlindsWidget, {
      baseType: 'blinds', value: { target: 15000, position: 15000, angle: 90 }, config: { open_duration: 30, slats_angle_duration: 1 },
      controllerMethods: ['close', 'open', 'send', 'stop'],
    });
    expect(w.el.querySelector('.state')!.textContent).toBe('50% open');
    expect(w.buttons()).toEqual(['Open', 'Stop', 'Close']);
    const range = w.el.querySelector('input[aria-label$="percent open"]') as HTMLInputElement;
    range.value = '80';
    range.dispatchEvent(new Event('input'));
    range.dispatchEvent(new Event('change'));
    await w.fixture.whenStable();
    expect(w.intents).toEqual([{ method: 'send', args: [{ target: 6000 }], label: 'Moving to 80% open' }]);
    expect(w.el.textContent).toContain('Slats 90°');
  });

  it('player: play when paused, previous disabled without one, no controls that are not offered', async () => {
    const w = await renderWidget(PlayerWidget, {
      baseType: 'audio-player', value: 'paused', meta: { title: 'Song', has_next: true, volume: 20 }, config: { has_volume_control: true },
      controllerMethods: ['next', 'pause', 'play', 'previous', 'set_volume'],
    });
    expect(w.buttons()).toEqual(['Previous', 'Play', 'Next']);
    await w.press('Play');
    expect(w.intents).toEqual([{ method: 'play', args: [], label: 'Playing' }]);
    expect((w.el.querySelector('button[aria-label="Previous"]') as HTMLButtonElement).disabled).toBeTrue();
  });

  it('state-select: sends the chosen slug, not the current one', async () => {
    const w = await renderWidget(StateSelectWidget, {
      baseType: 'state-select', value: 'day', config: { states: [{ slug: 'day', name: 'Day' }, { slug: 'night', name: 'Night' }] }, controllerMethods: ['send'],
    });
    await w.press('Day');
    await w.press('Night');
    expect(w.intents).toEqual([{ method: 'send', args: ['night'], label: 'Switching to Night' }]);
  });
});
