export { NotificationPoller } from './notification-poller';
