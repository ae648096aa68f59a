export { HubApi } from './hub-api';
export { HubAuth } from './hub-auth';
export { HubRequestError, describeHubError, hubErrorOf, type HubError } from './hub-error';
export type { HubUser, Instance, InstanceSnapshot, MqttCredentials, WhoAmI } from './models';
