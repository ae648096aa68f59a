import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { parseRgbw, sceneColour } from '../../domain/rgbw-light';
import { WidgetBase } from './widget-base';
import { onOffIntent } from './widget-intent';

/** rgbw-light (rgb-light): on/off and the five colour scenes, the active one marked; white where it has one. */
@Component({
  selector: 'simo-rgbw-light-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSlideToggleModule],
  template: `
    <div class="row">
      <span class="state">{{ value()?.isOn ? 'On' : 'Off' }}</span>
      <mat-slide-toggle [checked]="!!value()?.isOn" [disabled]="!(can('turn_on') && can('turn_off'))"
                        [aria-label]="component().name + ' on or off'" (change)="switched($event)" />
    </div>
    <div class="scenes" role="radiogroup" [attr.aria-label]="component().name + ' scene'">
      @for (s of scenes(); track $index) {
        <button type="button" role="radio" class="scene" [attr.aria-checked]="s.active" [class.active]="s.active"
                [style.background]="s.rgb" [disabled]="!can('send')" [attr.aria-label]="s.label" (click)="choose($index)">
          @if (s.white !== null) { <span class="white">W {{ s.white }}</span> }
        </button>
      }
    </div>
  `,
  styles: `
    :host { display: grid; gap: 6px; }
    .row { display: flex; align-items: center; justify-content: space-between; min-height: 48px; }
    .state { font: var(--mat-sys-title-large); }
    .scenes { display: flex; gap: 6px; }
    .scene {
      flex: 1 1 0; min-width: 40px; min-height: 48px; border-radius: 12px; cursor: pointer; display: grid; place-items: end center;
      border: 2px solid var(--mat-sys-outline-variant); padding: 2px;
    }
    .scene.active { border: 3px solid var(--mat-sys-on-surface); box-shadow: 0 0 0 2px var(--mat-sys-surface); }
    .scene:disabled { cursor: default; }
    .scene:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    .white { font: var(--mat-sys-label-small); background: rgb(255 255 255 / 85%); color: #000; border-radius: 4px; padding: 0 3px; }
  `,
})
export class RgbwLightWidget extends WidgetBase {
  protected readonly value = computed(() => parseRgbw(this.component().value));
  protected readonly scenes = computed(() => {
    const v = this.value();
    const hasWhite = this.component().config['has_white'] === true;
    return (v?.scenes ?? []).map((scene, i) => {
      const { rgb, white } = sceneColour(scene);
      const active = v?.active === i;
      return {
        rgb,
        white: hasWhite ? (white ?? 0) : null,
        active,
        label: `Scene ${i + 1}, ${rgb}${hasWhite ? `, white ${white ?? 0}` : ''}${active ? ' (active)' : ''}`,
      };
    });
  });

  protected switched(event: MatSlideToggleChange): void {
    this.ask(onOffIntent(event, !!this.value()?.isOn));
  }

  protected choose(index: number): void {
    const v = this.value();
    if (!v || (v.active === index && v.isOn)) return;
    // Choosing a scene means "light it": the hub keeps the scenes when they are left out.
    this.call('send', `Scene ${index + 1}`, [{ active: index, is_on: true }]);
  }
}
