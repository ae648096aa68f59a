import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A horizontal reference line on the chart, e.g. a sensor's configured limit. */
export interface ChartBand {
  readonly value: number;
  readonly name: string;
}

const W = 300;
const H = 80;
const PAD = 4;

/**
 * A small line chart in plain SVG: the readings (gaps stay gaps), and reference lines for the bands. It
 * scales to its container; the text alternative is the caller's `label`.
 */
@Component({
  selector: 'simo-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg [attr.viewBox]="'0 0 ' + w + ' ' + h" preserveAspectRatio="none" role="img" [attr.aria-label]="label()">
      @for (b of bandLines(); track b.name + b.y) {
        <line class="band" [attr.x1]="0" [attr.x2]="w" [attr.y1]="b.y" [attr.y2]="b.y" />
        <text class="band-label" [attr.x]="w - 2" [attr.y]="b.y - 2" text-anchor="end">{{ b.name }}</text>
      }
      @for (d of paths(); track $index) {
        <path class="line" [attr.d]="d" />
      }
    </svg>
  `,
  styles: `
    :host { display: block; }
    svg { width: 100%; height: 64px; display: block; overflow: visible; }
    .line { fill: none; stroke: var(--mat-sys-primary); stroke-width: 2; vector-effect: non-scaling-stroke; }
    .band { stroke: var(--mat-sys-outline); stroke-dasharray: 4 3; stroke-width: 1; vector-effect: non-scaling-stroke; }
    .band-label { font-size: 9px; fill: var(--mat-sys-on-surface-variant); }
  `,
})
export class Sparkline {
  readonly data = input.required<readonly (number | null)[]>();
  readonly bands = input<readonly ChartBand[]>([]);
  readonly label = input.required<string>();

  protected readonly w = W;
  protected readonly h = H;

  private readonly scale = computed(() => {
    const values = [...this.data().filter((v): v is number => v !== null), ...this.bands().map((b) => b.value)];
    if (!values.length) return null;
    let min = Math.min(...values);
    let max = Math.max(...values);
    if (max - min < 1e-9) {
      min -= 1;
      max += 1;
    }
    return { min, max, y: (v: number) => PAD + (1 - (v - min) / (max - min)) * (H - 2 * PAD) };
  });

  protected readonly bandLines = computed(() => {
    const s = this.scale();
    return s ? this.bands().map((b) => ({ name: b.name, y: Math.round(s.y(b.value) * 10) / 10 })) : [];
  });

  /** One path per run of readings without a gap. */
  protected readonly paths = computed(() => {
    const s = this.scale();
    const data = this.data();
    if (!s || data.length === 0) return [];
    const step = data.length > 1 ? W / (data.length - 1) : 0;
    const out: string[] = [];
    let current = '';
    data.forEach((v, i) => {
      if (v === null) {
        if (current) out.push(current);
        current = '';
        return;
      }
      const point = `${(i * step).toFixed(1)},${s.y(v).toFixed(1)}`;
      current += current ? ` L${point}` : `M${point}`;
    });
    if (current) out.push(current);
    return out;
  });
}
