import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { ControlService } from '../../core/control';
import type { HubComponent } from '../../domain/component';
import { ConfirmDialog, type ConfirmData } from '../../shared/ui/confirm-dialog';
import { CommandsStore, type CommandState } from '../../state';
import type { WidgetIntent } from '../widgets';

/**
 * What a tile's outputs do, for every page that shows tiles: dangerous intents are confirmed first, then
 * the control service publishes and tracks the command.
 */
@Injectable({ providedIn: 'root' })
export class TileActions {
  private readonly control = inject(ControlService);
  private readonly commands = inject(CommandsStore);
  private readonly dialog = inject(MatDialog);

  async send(component: HubComponent, intent: WidgetIntent): Promise<void> {
    if (intent.confirm) {
      const data: ConfirmData = intent.confirm;
      const ref = this.dialog.open(ConfirmDialog, { data, autoFocus: 'dialog', role: 'alertdialog' });
      if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    }
    await this.control.send(component.id, intent.method, intent.args, intent.label);
  }

  retry(cmd: CommandState): void {
    void this.control.send(cmd.componentId, cmd.method, cmd.args, cmd.intent);
  }

  dismiss(componentId: number): void {
    this.commands.dismiss(componentId);
  }
}
