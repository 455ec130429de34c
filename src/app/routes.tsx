import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RootError, RouteError } from './RouteError';
import { RouteLoading } from './RouteLoading';
import type { RouteHandle } from './route-title';

const handle = (title: RouteHandle['title']): RouteHandle => ({ title });

/**
 * The pages. Each flow is lazy: a route's module exports `Component` and is downloaded only when the
 * route is visited, so the start page does not carry the other flows (or their phone-number input).
 */
export const pages: RouteObject[] = [
  {
    index: true,
    handle: handle('app.route.smsSignIn.title'),
    lazy: () => import('../flows/sms-sign-in/route'),
  },
  {
    path: 'sign-in/password',
    handle: handle('app.route.passwordSignIn.title'),
    lazy: () => import('../flows/password-sign-in/route'),
  },
  {
    path: 'signed-in',
    handle: handle('app.route.signedIn.title'),
    lazy: () => import('../flows/signed-in/route'),
  },
  {
    path: 'reset-password',
    handle: handle('app.notYet.resetPassword.title'),
    lazy: () => import('./NotYetAvailable').then((page) => ({ Component: page.ResetPasswordPage })),
  },
  {
    path: 'security-info',
    handle: handle('app.notYet.securityInfo.title'),
    lazy: () => import('./NotYetAvailable').then((page) => ({ Component: page.SecurityInfoPage })),
  },
  { path: '*', handle: handle('app.notFound.title'), Component: NotFound },
];

/**
 * Wraps pages in the app shell: the layout, and an error boundary inside it so that a failing page
 * keeps the header, footer and a way back. Tests pass their own pages (e.g. one that throws).
 */
export function withAppShell(children: RouteObject[]): RouteObject[] {
  return [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RootError,
      children: [{ ErrorBoundary: RouteError, HydrateFallback: RouteLoading, children }],
    },
  ];
}

export const routes = withAppShell(pages);
