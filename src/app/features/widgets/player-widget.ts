import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSliderModule, type MatSliderThumb } from '@angular/material/slider';
import { formatDuration, playerInfo } from '../../domain/player';
import { WidgetBase } from './widget-base';

/** audio-player and video-player: what plays, its artwork, the transport controls and the volume. */
@Component({
  selector: 'simo-player-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatSliderModule],
  template: `
    <div class="now">
      @if (info().imageUrl; as src) { <img [src]="src" alt="" width="56" height="56" referrerpolicy="no-referrer" /> }
      <div class="what">
        <span class="title">{{ info().title ?? 'Nothing selected' }}</span>
        <span class="status">{{ statusText() }}</span>
      </div>
    </div>
    <div class="transport" role="group" [attr.aria-label]="component().name + ' controls'">
      @if (can('previous')) {
        <button mat-icon-button type="button" aria-label="Previous" [disabled]="!info().hasPrevious" (click)="call('previous', 'Previous')">
          <mat-icon>skip_previous</mat-icon>
        </button>
      }
      @if (playing() ? can('pause') : can('play')) {
        <button mat-icon-button type="button" [attr.aria-label]="playing() ? 'Pause' : 'Play'"
                (click)="playing() ? call('pause', 'Pausing') : call('play', 'Playing')">
          <mat-icon>{{ playing() ? 'pause' : 'play_arrow' }}</mat-icon>
        </button>
      }
      @if (can('stop')) {
        <button mat-icon-button type="button" aria-label="Stop" [disabled]="status() === 'stopped'" (click)="call('stop', 'Stopping')">
          <mat-icon>stop</mat-icon>
        </button>
      }
      @if (can('next')) {
        <button mat-icon-button type="button" aria-label="Next" [disabled]="!info().hasNext" (click)="call('next', 'Next')">
          <mat-icon>skip_next</mat-icon>
        </button>
      }
    </div>
    @if (volumeControl()) {
      <label class="volume">
        <mat-icon aria-hidden="true">volume_up</mat-icon>
        <mat-slider [min]="0" [max]="100" [step]="1" [disabled]="!can('set_volume')" discrete>
          <input matSliderThumb #v="matSliderThumb" [value]="shownVolume()" [attr.aria-label]="component().name + ' volume'" (change)="volume(v)" />
        </mat-slider>
        <span>{{ info().volume ?? '—' }}</span>
      </label>
    }
  `,
  styles: `
    :host { display: grid; gap: 4px; }
    .now { display: flex; align-items: center; gap: 12px; min-height: 48px; }
    img { border-radius: 8px; object-fit: cover; }
    .what { display: grid; min-width: 0; }
    .title { font: var(--mat-sys-title-medium); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .status { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .transport { display: flex; gap: 4px; }
    .transport button { width: 48px; height: 48px; padding: 12px; }
    .volume { display: flex; align-items: center; gap: 8px; }
    mat-slider { flex: 1; margin: 0; }
  `,
})
export class PlayerWidget extends WidgetBase {
  protected readonly info = computed(() => playerInfo(this.component().meta));
  protected readonly status = computed(() => (typeof this.component().value === 'string' ? (this.component().value as string) : 'stopped'));
  protected readonly playing = computed(() => this.status() === 'playing');
  protected readonly statusText = computed(() => {
    const i = this.info();
    const s = this.status();
    const word = s.charAt(0).toUpperCase() + s.slice(1);
    return i.duration !== null && i.position !== null && s !== 'stopped'
      ? `${word} · ${formatDuration(i.position)} / ${formatDuration(i.duration)}`
      : word;
  });
  protected readonly volumeControl = computed(() => this.component().config['has_volume_control'] === true && this.info().volume !== null);
  protected readonly shownVolume = computed(() => {
    const cmd = this.command();
    if (this.busy() && cmd?.method === 'set_volume' && typeof cmd.args[0] === 'number') return cmd.args[0];
    return this.info().volume ?? 0;
  });

  protected volume(thumb: MatSliderThumb): void {
    if (thumb.value !== this.shownVolume()) this.call('set_volume', `Volume ${thumb.value}`, [thumb.value]);
    thumb.value = this.shownVolume();
  }
}
