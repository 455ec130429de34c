import { type ComponentType, Suspense, useDeferredValue, useMemo } from 'react';
import { matchRoutes, Route, Routes, useLocation } from 'react-router';
import { type MessageId, t } from '../content/i18n';
import { useLanguage } from '../content/use-language';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { lazyPage } from './lazy-page';
import { NotFound } from './NotFound';
import { RootError, RouteError } from './RouteError';
import { RouteLoading } from './RouteLoading';

export { isLazyPage, lazyPage } from './lazy-page';

/** One page of the app: where it lives, what it is called, what renders it. */
export interface AppPage {
  /** A <Route> path, absolute: '/', '/sign-in/password', '*' for everything else. */
  path: string;
  /** The page name in document.title until the page names itself (usePageTitle). */
  title?: MessageId;
  /** The page. Flows are lazyPage()s: their code is a chunk of its own, loaded on first visit. */
  Component: ComponentType;
}

/**
 * The pages. Each flow is lazy: a page's module exports `Component` and is downloaded only when the
 * page is visited, so the start page does not carry the other flows (or their phone-number input).
 */
export const pages: AppPage[] = [
  {
    path: '/',
    title: 'app.route.smsSignIn.title',
    Component: lazyPage(() => import('../flows/sms-sign-in/route').then((m) => ({ default: m.Component }))),
  },
  {
    path: '/sign-in/password',
    title: 'app.route.passwordSignIn.title',
    Component: lazyPage(() =>
      import('../flows/password-sign-in/route').then((m) => ({ default: m.Component })),
    ),
  },
  {
    path: '/signed-in',
    title: 'app.route.signedIn.title',
    Component: lazyPage(() => import('../flows/signed-in/route').then((m) => ({ default: m.Component }))),
  },
  {
    path: '/reset-password',
    title: 'app.route.passwordReset.title',
    Component: lazyPage(() =>
      import('../flows/password-reset/route').then((m) => ({ default: m.Component })),
    ),
  },
  {
    path: '/security-info',
    title: 'app.route.securityInfo.title',
    Component: lazyPage(() => import('../flows/security-info/route').then((m) => ({ default: m.Component }))),
  },
  { path: '*', title: 'app.notFound.title', Component: NotFound },
];

/** The page a path shows, ranked the way <Routes> ranks them. */
export function matchPage(table: AppPage[], pathname: string): AppPage | undefined {
  return matchRoutes(table, pathname)?.[0]?.route;
}

/**
 * The app shell around the routed page: the layout, an error boundary inside it so that a failing page
 * keeps the header, footer and a way back, and one at the root for when the layout itself fails.
 * Render it inside a router (<BrowserRouter>, or <MemoryRouter> in tests, which may pass their own pages).
 *
 * With a router that updates the location urgently (useTransitions={false}), the current page stays on
 * screen, with <main> aria-busy, while the next page's code downloads; the very first page shows
 * RouteLoading instead.
 */
export function AppRoutes({ pages: table = pages }: { pages?: AppPage[] }) {
  // A language switch re-renders everything below in place (see LanguagePicker).
  useLanguage();
  const location = useLocation();
  // Renders first with the page on screen, then tries the new one; until its code is in, that suspends
  // and React keeps the current page.
  const shown = useDeferredValue(location);
  const page = useMemo(() => matchPage(table, shown.pathname), [table, shown.pathname]);
  return (
    <ErrorBoundary resetKey={shown.key} fallback={(error) => <RootError error={error} />}>
      <Layout
        pathname={shown.pathname}
        title={page?.title && t(page.title)}
        busy={shown.key !== location.key}
      >
        <ErrorBoundary resetKey={shown.key} fallback={(error) => <RouteError error={error} />}>
          <Suspense fallback={<RouteLoading />}>
            <Routes location={shown}>
              {table.map(({ path, Component }) => (
                <Route key={path} path={path} Component={Component} />
              ))}
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </Layout>
    </ErrorBoundary>
  );
}
