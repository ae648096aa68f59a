export * from './browser-status';
export * from './clock';
export * from './key-value-store';
export * from './page-location';
export * from './web-crypto';
export * from './now';
export * from './trusted-types';
export * from './local-settings';
