import { act, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router';
import { type AppPage, AppRoutes, lazyPage } from '../../../src/app/routes';
import { renderApp, settleDownloads } from './render-app';

// A page that goes to sign in starts downloads the test must not leave running at teardown.
afterAll(settleDownloads);

const SlowPage = () => <h1>Slow page</h1>;

/** A lazy page whose code "arrives" when the test says so. */
function slowPage() {
  let arrive = () => {};
  const Component = lazyPage(
    () =>
      new Promise<{ default: ComponentType }>((resolve) => {
        arrive = () => resolve({ default: SlowPage });
      }),
  );
  return { Component, arrive: () => act(async () => arrive()) };
}

const PlainPage = () => <h1>Plain page</h1>;

describe('while a page’s code downloads', () => {
  it('the first page shows “Loading…” in the card, then the page', async () => {
    const slow = slowPage();
    const pages: AppPage[] = [{ path: '/slow', Component: slow.Component }];
    await act(async () => {
      render(
        <MemoryRouter initialEntries={['/slow']} useTransitions={false}>
          <AppRoutes pages={pages} />
        </MemoryRouter>,
      );
    });
    expect(within(screen.getByRole('main')).getByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeVisible();
    await slow.arrive();
    expect(screen.getByRole('heading', { level: 1, name: 'Slow page' })).toBeVisible();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('after a navigation, the current page stays with <main> busy, then the new page takes focus', async () => {
    const slow = slowPage();
    const { navigate, pathname } = await renderApp('/plain', [
      { path: '/plain', Component: PlainPage },
      { path: '/slow', title: 'app.route.securityInfo.title', Component: slow.Component },
    ]);
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
    const going = navigate('/slow');
    await waitFor(() => expect(pathname()).toBe('/slow'));
    expect(screen.getByRole('heading', { level: 1, name: 'Plain page' })).toBeVisible();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    await slow.arrive();
    await going;
    expect(screen.getByRole('heading', { level: 1, name: 'Slow page' })).toHaveFocus();
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
    expect(document.title).toBe('Security info – Self-service sign-in');
  });

  it('renderApp resolves with the first page already on screen', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in with your phone' })).toBeVisible();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });
});
