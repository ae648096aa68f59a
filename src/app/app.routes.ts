import { inject } from '@angular/core';
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

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · SIMO Dashboard',
    loadComponent: () => import('./features/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: '',
    title: 'SIMO Dashboard',
    canMatch: [signedIn],
    loadComponent: () => import('./features/dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'component/:id',
    title: 'Details · SIMO Dashboard',
    canMatch: [signedIn],
    loadComponent: () => import('./features/dashboard/component-detail-page').then((m) => m.ComponentDetailPage),
  },
  { path: '**', redirectTo: '' },
];
