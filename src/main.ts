import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { installTrustedTypesDefaultPolicy } from './app/core/platform/trusted-types';

installTrustedTypesDefaultPolicy();
bootstrapApplication(App, appConfig).catch((err: unknown) => console.error(err));
