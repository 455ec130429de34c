// Renders the app's real route table (or test pages inside the real shell) with a memory router.
import { act, type RenderResult, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { routes } from '../../../src/app/routes';

type Router = ReturnType<typeof createMemoryRouter>;

/** Resolves once the first page's lazy code has loaded and the router has rendered it. */
function initialized(router: Router): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

export async function renderApp(path: string, table: RouteObject[] = routes) {
  const router = createMemoryRouter(table, { initialEntries: [path] });
  const user = userEvent.setup();
  let view: RenderResult | undefined;
  // Inside act until the lazy page is in, so its effects (title, focus) run before the test looks.
  await act(async () => {
    view = render(<RouterProvider router={router} />);
    await initialized(router);
  });
  return { router, user, ...(view as RenderResult) };
}
