import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { describeValue } from './describe-value';
import { WidgetBase } from './widget-base';

/** Any other type: the value as text, honestly, with no controls it cannot back up. */
@Component({
  selector: 'simo-plain-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="value">{{ text() }}</span>`,
  styles: `
    :host { display: flex; align-items: center; min-height: 48px; }
    .value { font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
  `,
})
export class PlainWidget extends WidgetBase {
  protected readonly text = computed(() => describeValue(this.component().value, this.component().valueUnits));
}
