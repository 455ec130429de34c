import { screen, waitFor, within } from '@testing-library/react';
import { lazyPage } from '../../../src/app/routes';
import { axe } from '../../support/axe';
import { renderApp, settleDownloads } from './render-app';

// A page that goes to sign in starts downloads the test must not leave running at teardown.
afterAll(settleDownloads);

function Broken(): never {
  throw new Error('flow machine exploded');
}

describe('error boundary', () => {
  beforeEach(() => {
    // React and the router report caught errors on the console; the test asserts what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('explains inside the normal page chrome and offers a way back to sign in', async () => {
    const { container } = await renderApp('/boom', [{ path: '/boom', Component: Broken }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByText(/there is a problem with this page/)).toBeVisible();
    expect(screen.queryByText('flow machine exploded')).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeVisible();
    expect(screen.getByRole('contentinfo')).toBeVisible();
    const back = within(screen.getByRole('main')).getByRole('link', { name: 'Back to sign in' });
    expect(back).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Something went wrong – Self-service sign-in'));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('when a page’s code cannot be downloaded, says so and offers to try again', async () => {
    const { user } = await renderApp('/offline', [
      {
        path: '/offline',
        Component: lazyPage(() =>
          Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/route.js')),
        ),
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'This page didn’t load' })).toBeVisible();
    expect(screen.getByText(/Check your internet connection/)).toBeVisible();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reload).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/');
  });

  it('lets the next page render again after a navigation', async () => {
    const { navigate } = await renderApp('/boom', [{ path: '/boom', Component: Broken }]);
    await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });
    await navigate('/reset-password');
    expect(screen.getByRole('heading', { level: 1, name: 'Get back into your account' })).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Get back into your account – Self-service sign-in'));
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });
});
