import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { aComponent } from '../../domain/testing';
import type { CommandState } from '../../state/commands-store';
import { DimmerWidget } from './dimmer-widget';
import type { WidgetIntent } from './widget-intent';

describe('DimmerWidget', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  const dimmer = (value: number) =>
    aComponent({ name: 'Dimmer', baseType: 'dimmer', widgetType: 'knob', value, valueUnits: '%', config: { min: 0, max: 100 } });
  const command = (status: CommandState['status'], level: number): CommandState => ({
    componentId: 1, requestId: 'r', method: 'send', args: [level], intent: `Setting to ${level}%`, status, at: 0,
  });

  async function render(value: number) {
    const fixture = TestBed.createComponent(DimmerWidget);
    fixture.componentRef.setInput('component', dimmer(value));
    const intents: WidgetIntent[] = [];
    fixture.componentInstance.intent.subscribe((i) => intents.push(i));
    await fixture.whenStable();
    const input = fixture.nativeElement.querySelector('input[type="range"]') as HTMLInputElement;
    return { fixture, intents, input };
  }

  it('sends the level once, on release, not while dragging', async () => {
    const { fixture, intents, input } = await render(40);
    input.value = '50';
    input.dispatchEvent(new Event('input'));
    input.value = '60';
    input.dispatchEvent(new Event('input'));
    expect(intents).toEqual([]);
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(intents).toEqual([{ method: 'send', args: [60], label: 'Setting to 60%' }]);
  });

  it('shows the asked-for level only while that command is in flight, and the hub level after', async () => {
    const { fixture, input } = await render(40);
    fixture.componentRef.setInput('command', command('accepted', 60));
    await fixture.whenStable();
    expect(input.value).toBe('60');
    fixture.componentRef.setInput('command', command('failed', 60));
    await fixture.whenStable();
    expect(input.value).toBe('40');
    fixture.componentRef.setInput('command', command('sending', 70));
    await fixture.whenStable();
    fixture.componentRef.setInput('component', dimmer(70));
    fixture.componentRef.setInput('command', command('confirmed', 70));
    await fixture.whenStable();
    expect(input.value).toBe('70');
    expect(fixture.nativeElement.textContent).toContain('70%');
  });
});
