import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MediaCache } from '../../core/media';

/** A person's avatar from the hub's protected media, or their initial when there is none. */
@Component({
  selector: 'simo-avatar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (src.value(); as url) {
      <img [src]="url" alt="" />
    } @else {
      <span aria-hidden="true">{{ initial() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-grid; place-items: center; width: 32px; height: 32px; border-radius: 50%; overflow: hidden;
      background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large); flex: none;
    }
    img { width: 100%; height: 100%; object-fit: cover; }
  `,
})
export class Avatar {
  private readonly media = inject(MediaCache);
  readonly path = input<string | null>(null);
  readonly name = input('');

  protected readonly initial = computed(() => this.name().trim().charAt(0).toUpperCase() || '?');
  protected readonly src = resource({
    params: () => this.path() ?? undefined,
    loader: ({ params }) => this.media.url(params),
  });
}
