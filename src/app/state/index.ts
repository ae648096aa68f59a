export { CategoriesStore } from './categories-store';
export { CommandsStore, isInFlight, type CommandState, type CommandStatus } from './commands-store';
export { ComponentsStore } from './components-store';
export { ConnectionStore, type SyncPhase } from './connection-store';
export { describeConnection, formatClock, type ConnectionStatus, type StatusTone } from './connection-status';
export { PeopleStore } from './people-store';
export { ZonesStore } from './zones-store';
export { NotificationsStore } from './notifications-store';
