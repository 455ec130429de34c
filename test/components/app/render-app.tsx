// Renders the app's real pages (plus any test pages) inside the real shell, with a memory router.
import { act, type RenderResult, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, type NavigateFunction, type To, useLocation, useNavigate } from 'react-router';
import { type AppPage, AppRoutes, isLazyPage, matchPage, pages } from '../../../src/app/routes';

/** Downloads the code of the page a path shows; a failed download is left for the page's error boundary. */
async function preload(table: AppPage[], path: string): Promise<void> {
  const page = matchPage(table, path)?.Component;
  if (isLazyPage(page)) await page.preload().catch(() => {});
}

interface RouterHandle {
  navigate?: NavigateFunction;
  pathname: string;
}

/** Hands the test the memory router's navigate function and current path. */
function RouterProbe({ into }: { into: RouterHandle }) {
  into.navigate = useNavigate();
  into.pathname = useLocation().pathname;
  return null;
}

/**
 * Renders the app at `path`; `extraPages` join the app's pages (e.g. one that throws), ahead of them, so a
 * test page on an app path replaces that page. Resolves once the first page's lazy code has loaded and
 * rendered, with its effects (title, focus) run.
 *
 * `navigate(to)` goes somewhere as the app would (a path, or -1 for back) and resolves once that page's
 * code is in; `pathname()` is the router's current path.
 */
export async function renderApp(path: string, extraPages: AppPage[] = []) {
  const table = [...extraPages, ...pages];
  const user = userEvent.setup();
  const router: RouterHandle = { pathname: path };

  await preload(table, path);
  let view: RenderResult | undefined;
  // Inside act until the lazy page is in, so its effects (title, focus) run before the test looks.
  await act(async () => {
    view = render(
      // Urgent location updates, as in App: the current page stays, busy, while the next one loads.
      <MemoryRouter initialEntries={[path]} useTransitions={false}>
        <RouterProbe into={router} />
        <AppRoutes pages={table} />
      </MemoryRouter>,
    );
    await preload(table, path);
  });

  async function navigate(to: To | number): Promise<void> {
    const go = router.navigate;
    if (!go) throw new Error('renderApp: the router is not mounted');
    await act(async () => {
      if (typeof to === 'number') await go(to);
      else await go(to);
    });
    await act(() => preload(table, router.pathname));
  }

  return { user, navigate, pathname: () => router.pathname, ...(view as RenderResult) };
}

/**
 * The downloads a flow's first screen starts while the person types (the verification screens, its
 * statechart, the API client): for a test file to await before its environment is torn down under them.
 */
export async function settleDownloads(): Promise<void> {
  await Promise.all([
    import('../../../src/flows/verification/View'),
    import('../../../src/flows/verification/machine'),
    import('../../../src/api/load-client').then((client) => client.preloadClient()),
  ]);
}
