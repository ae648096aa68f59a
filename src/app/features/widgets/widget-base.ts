import { computed, Directive, input, output } from '@angular/core';
import { canCall, type HubComponent } from '../../domain/component';
import { isInFlight, type CommandState } from '../../state/commands-store';
import type { Confirmation, WidgetIntent } from './widget-intent';

/**
 * What every widget shares: the component it shows, the latest command on it, whether commands can be
 * sent now, and one way out for intents. Widgets hold no side effects: they say what the user asked for.
 */
@Directive()
export abstract class WidgetBase {
  readonly component = input.required<HubComponent>();
  /** The component's latest command, so a control can show an intention while it is in flight. */
  readonly command = input<CommandState | undefined>(undefined);
  /** False while the data is not live: a command could not be sent, so none is offered. */
  readonly interactive = input(true);
  readonly intent = output<WidgetIntent>();

  /** True while a command on this component is on its way or awaiting the device. */
  protected readonly busy = computed(() => isInFlight(this.command()));

  /** The user may call this method now: it is in `controller_methods`, not read-only, and we are live. */
  protected can(method: string): boolean {
    return this.interactive() && canCall(this.component(), method);
  }

  /** The argument of the `send` command in flight, if that is what is in flight. */
  protected sending(): unknown {
    const cmd = this.command();
    return cmd?.method === 'send' && isInFlight(cmd) ? cmd.args[0] : undefined;
  }

  protected ask(intent: WidgetIntent): void {
    this.intent.emit(intent);
  }

  protected call(method: string, label: string, args: readonly unknown[] = [], confirm?: Confirmation): void {
    this.ask(confirm ? { method, args, label, confirm } : { method, args, label });
  }
}
