import type { HubComponent } from '../../domain/component';
import type { Category, Person, Zone } from '../../domain/place';

/** A home on the hub (`/users/whoami/` instances). */
export interface Instance {
  readonly uid: string;
  readonly slug: string;
  readonly name: string;
  readonly timezone: string;
}

export interface HubUser {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly isMaster: boolean;
}

export interface WhoAmI {
  readonly user: HubUser;
  readonly instances: readonly Instance[];
}

export interface MqttCredentials {
  readonly username: string;
  readonly password: string;
  readonly userId: number;
}

/** Everything the dashboard shows of one instance, as REST gave it at one moment. */
export interface InstanceSnapshot {
  readonly components: readonly HubComponent[];
  readonly zones: readonly Zone[];
  readonly categories: readonly Category[];
  readonly people: readonly Person[];
  /** Entries that could not be understood and were left out. */
  readonly skipped: number;
}
