import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { CommandsStore, ComponentsStore } from '../../state';
import { ComponentTile } from './component-tile';
import { TileActions } from './tile-actions';

/**
 * The tile of one component id, bound to the stores: it reads its own component signal, so a feed
 * update refreshes this tile alone and never the page that lists thousands of them. Its intents go to
 * `TileActions` like every tile's.
 */
@Component({
  selector: 'simo-live-tile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComponentTile],
  template: `
    @if (component(); as c) {
      <simo-component-tile
        [component]="c"
        [command]="command()"
        [live]="live()"
        [favourite]="favourite()"
        (intent)="actions.send(c, $event)"
        (retry)="actions.retry($event)"
        (dismiss)="actions.dismiss($event)"
        (toggleFavourite)="toggleFavourite.emit($event)"
      />
    }
  `,
  // The inner tile is the grid item.
  styles: `:host { display: contents; }`,
})
export class LiveTile {
  private readonly components = inject(ComponentsStore);
  private readonly commands = inject(CommandsStore);
  protected readonly actions = inject(TileActions);

  readonly componentId = input.required<number>();
  readonly live = input(true);
  readonly favourite = input(false);
  readonly toggleFavourite = output<number>();

  protected readonly component = computed(() => this.components.component(this.componentId())());
  protected readonly command = computed(() => this.commands.command(this.componentId())());
}
