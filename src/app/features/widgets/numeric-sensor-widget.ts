import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { formatReading, parseLimits } from '../../domain/numeric-sensor';
import { Sparkline } from '../../shared/ui/sparkline';
import { HistoryStore } from '../../state/history-store';
import { WidgetBase } from './widget-base';

/** numeric-sensor and numeric-sensor-graph: the reading with its units; the graph variant adds a day of history with the config's limit bands. */
@Component({
  selector: 'simo-numeric-sensor-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Sparkline],
  template: `
    <span class="reading">{{ reading() }}</span>
    @if (graph()) {
      @if (series(); as data) {
        <simo-sparkline [data]="data" [bands]="limits()" [label]="component().name + ', last 24 hours'" />
      } @else {
        <span class="note">{{ past()?.error ?? (past()?.status === 'loaded' ? 'No history yet.' : 'Loading history…') }}</span>
      }
    }
  `,
  styles: `
    :host { display: grid; gap: 4px; align-content: center; min-height: 48px; }
    .reading { font: var(--mat-sys-headline-medium); }
    .note { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class NumericSensorWidget extends WidgetBase {
  private readonly history = inject(HistoryStore);
  protected readonly reading = computed(() => formatReading(this.component().value as number, this.component().valueUnits));
  protected readonly graph = computed(() => this.component().widgetType === 'numeric-sensor-graph');
  protected readonly limits = computed(() => parseLimits(this.component().config));
  protected readonly past = computed(() => this.history.byComponent()[this.component().id]);
  /** The hub's readings, ending with the value the feed has now. */
  protected readonly series = computed(() => {
    const data = this.past()?.chart?.data;
    return data?.length ? [...data, this.component().value as number] : null;
  });
}
