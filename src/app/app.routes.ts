import { Injector, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Router, type CanMatchFn, type Routes } from '@angular/router';
import { filter, map, take } from 'rxjs';
import { SessionStore } from './core/session';

/** Waits for the saved session to be read, then lets signed-in users through. */
const signedIn: CanMatchFn = () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return toObservable(session.status).pipe(
    filter((s) => s !== 'restoring'),
    take(1),
    map((s) => (s === 'signed-in' ? true : router.parseUrl('/sign-in'))),
  );
};

/**
 * While the kiosk view holds the screen, every other page leads back to it (leaving needs the PIN). The
 * kiosk's store is imported on demand, so the start-up bundle does not carry it.
 */
const notInKiosk: CanMatchFn = () => {
  const injector = inject(Injector);
  const router = inject(Router);
  return import('./state/kiosk-store').then((m) => (injector.get(m.KioskStore).holdsScreen() ? router.parseUrl('/kiosk') : true));
};

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · SIMO Dashboard',
    loadComponent: () => import('./features/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: '',
    // Full: a prefix '' route would run its guards for every URL, and the kiosk guard would send
    // '/kiosk' to '/kiosk' for ever.
    pathMatch: 'full',
    title: 'SIMO Dashboard',
    canMatch: [signedIn, notInKiosk],
    loadComponent: () => import('./features/dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'component/:id',
    title: 'Details · SIMO Dashboard',
    canMatch: [signedIn, notInKiosk],
    loadComponent: () => import('./features/dashboard/component-detail-page').then((m) => m.ComponentDetailPage),
  },
  {
    path: 'kiosk',
    title: 'SIMO Dashboard',
    canMatch: [signedIn],
    loadComponent: () => import('./features/kiosk/kiosk-page').then((m) => m.KioskPage),
  },
  {
    path: 'settings/kiosk',
    title: 'Kiosk mode · SIMO Dashboard',
    canMatch: [signedIn, notInKiosk],
    loadComponent: () => import('./features/kiosk/kiosk-settings-page').then((m) => m.KioskSettingsPage),
  },
  { path: '**', redirectTo: '' },
];
