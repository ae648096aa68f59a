import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { aComponent } from '../../domain/testing';
import { SwitchWidget } from './switch-widget';
import type { WidgetIntent } from './widget-intent';

describe('SwitchWidget', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  async function render(value: unknown, overrides = {}, interactive = true) {
    const fixture = TestBed.createComponent(SwitchWidget);
    fixture.componentRef.setInput('component', aComponent({ name: 'Lamp', value, ...overrides }));
    fixture.componentRef.setInput('interactive', interactive);
    const intents: WidgetIntent[] = [];
    fixture.componentInstance.intent.subscribe((i) => intents.push(i));
    await fixture.whenStable();
    const button = fixture.nativeElement.querySelector('button[role="switch"]') as HTMLButtonElement;
    return { fixture, intents, button };
  }

  it('asks to turn on, and keeps showing what the hub says until it reports', async () => {
    const { fixture, intents, button } = await render(false);
    expect(button.getAttribute('aria-label')).toBe('Lamp');
    expect(button.getAttribute('aria-checked')).toBe('false');
    button.click();
    await fixture.whenStable();
    expect(intents).toEqual([{ method: 'turn_on', args: [], label: 'Turning on' }]);
    expect(button.getAttribute('aria-checked')).toBe('false');
    fixture.componentRef.setInput('component', aComponent({ name: 'Lamp', value: true }));
    await fixture.whenStable();
    expect(button.getAttribute('aria-checked')).toBe('true');
  });

  it('offers nothing that the hub would refuse, or while not live', async () => {
    expect((await render(true, { readOnly: true })).button.disabled).toBeTrue();
    expect((await render(true, { controllerMethods: ['send'] })).button.disabled).toBeTrue();
    expect((await render(true, {}, false)).button.disabled).toBeTrue();
  });
});
