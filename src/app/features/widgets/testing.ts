import { provideZonelessChangeDetection, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HubComponent } from '../../domain/component';
import { aComponent } from '../../domain/testing';
import type { WidgetBase } from './widget-base';
import type { WidgetIntent } from './widget-intent';

/** The test module widgets need; call in `beforeEach`. */
export function configureWidgetTests(): void {
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
}

/** A button's accessible name, near enough: its aria-label, or its text without aria-hidden parts (icons). */
function nameOf(b: HTMLButtonElement): string {
  const label = b.getAttribute('aria-label');
  if (label) return label;
  const copy = b.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').trim();
}

/** Renders a widget for a component and collects what it asks for. */
export async function renderWidget<W extends WidgetBase>(widget: Type<W>, overrides: Partial<HubComponent>, interactive = true) {
  const fixture = TestBed.createComponent(widget);
  fixture.componentRef.setInput('component', aComponent(overrides));
  fixture.componentRef.setInput('interactive', interactive);
  const intents: WidgetIntent[] = [];
  fixture.componentInstance.intent.subscribe((i) => intents.push(i));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const buttons = () => [...el.querySelectorAll('button')].map(nameOf);
  const press = async (name: string) => {
    const b = [...el.querySelectorAll('button')].find((x) => nameOf(x) === name);
    if (!b) throw new Error(`no button ${name}; there are: ${buttons().join(', ')}`);
    b.click();
    await fixture.whenStable();
  };
  return { fixture, el, intents, buttons, press };
}
