import { screen, waitFor, within } from '@testing-library/react';
import { isLazyPage, pages } from '../../../src/app/routes';
import { axe } from '../../support/axe';
import { renderApp } from './render-app';

const h1 = () => screen.getByRole('heading', { level: 1 });

// Pages that do nothing about focus themselves.
const PlainPageA = () => <h1>Plain page A</h1>;
const PlainPageB = () => <h1>Plain page B</h1>;
const NoHeadingPage = () => <p>A page without a heading</p>;

describe('app shell', () => {
  it('has a skip link, a header with the organisation’s logo, the card in <main>, and the privacy line in the footer', async () => {
    const { container } = await renderApp('/reset-password');
    await screen.findByRole('heading', { level: 1, name: 'Get back into your account' });
    expect(within(screen.getByRole('banner')).getByRole('img', { name: 'Contoso' })).toBeVisible();
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 1 })).toBeVisible();
    expect(within(screen.getByRole('contentinfo')).getByText(/not published in the directory/)).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('skip link: first in the tab order, and it moves focus to <main>', async () => {
    const { user } = await renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveFocus();
  });

  it('names each page in the tab title', async () => {
    const { navigate } = await renderApp('/reset-password');
    await waitFor(() => expect(document.title).toBe('Get back into your account – Self-service sign-in'));
    await navigate('/sign-in/password');
    await waitFor(() => expect(document.title).toBe('Sign in – Self-service sign-in'));
    await navigate('/no/such/page');
    await waitFor(() => expect(document.title).toBe('Page not found – Self-service sign-in'));
  });

  it('leaves focus alone on the first page, then moves it to the heading of every page navigated to', async () => {
    const { navigate, pathname, user } = await renderApp('/sign-in/password');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(document.body).toHaveFocus();

    await navigate('/reset-password');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Get back into your account' }),
    ).toHaveFocus();

    await navigate('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus();

    // Following a link: the link goes away with its page, focus lands on the new page's heading.
    await user.click(screen.getByRole('link', { name: 'Back to sign in' }));
    // The start page's code (with the phone-number input) can take a while to load in a busy test run.
    await waitFor(() => expect(pathname()).toBe('/'), { timeout: 5_000 });
    await waitFor(() => expect(h1()).toHaveFocus());

    await navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus(),
    );
  });

  it('moves focus to a page’s heading even when the page itself does nothing about focus', async () => {
    const { navigate } = await renderApp('/a', [
      { path: '/a', Component: PlainPageA },
      { path: '/b', Component: PlainPageB },
      { path: '/c', Component: NoHeadingPage },
    ]);
    await screen.findByRole('heading', { name: 'Plain page A' });
    await navigate('/b');
    expect(screen.getByRole('heading', { name: 'Plain page B' })).toHaveFocus();
    await navigate('/c');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('loads every page but the 404 lazily, so the start page carries only its own code', () => {
    for (const page of pages) {
      expect(isLazyPage(page.Component), page.path).toBe(page.path !== '*');
    }
    expect(pages.map((page) => page.path)).toEqual([
      '/',
      '/sign-in/password',
      '/signed-in',
      '/reset-password',
      '/security-info',
      '*',
    ]);
  });
});

describe('branding (src/branding/branding.json, the Contoso sample)', () => {
  it('shows the logo for both themes, named after the organisation', async () => {
    await renderApp('/reset-password');
    const logo = within(screen.getByRole('banner')).getByRole('img', { name: 'Contoso' });
    expect(logo).toHaveAttribute('src', expect.stringMatching(/contoso-logo-light\.svg/));
    const dark = logo.closest('picture')?.querySelector('source');
    expect(dark).toHaveAttribute('media', '(prefers-color-scheme: dark)');
    expect(dark).toHaveAttribute('srcset', expect.stringMatching(/contoso-logo-dark\.svg/));
  });

  it('links the organisation’s privacy, terms and help pages from the footer, each in a new tab', async () => {
    const { container } = await renderApp('/signed-in');
    const footer = within(screen.getByRole('contentinfo'));
    const links = footer.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Privacy (opens in a new tab)', 'https://contoso.example/privacy'],
      ['Terms of use (opens in a new tab)', 'https://contoso.example/terms'],
      ['Help (opens in a new tab)', 'https://contoso.example/it-help'],
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(footer.getByRole('link', { name: 'Help (opens in a new tab)' })).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each([
    ['/', 'Sign in with your phone'],
    ['/sign-in/password', 'Sign in'],
  ])('shows the sign-in page text on %s, in the card', async (path, heading) => {
    await renderApp(path);
    await screen.findByRole('heading', { level: 1, name: heading });
    expect(
      within(screen.getByRole('main')).getByText(/^Use your Contoso work account\. Trouble signing in\?/),
    ).toBeVisible();
  });

  it('keeps the sign-in page text to the sign-in pages', async () => {
    await renderApp('/reset-password');
    await screen.findByRole('heading', { level: 1, name: 'Get back into your account' });
    expect(screen.queryByText(/Use your Contoso work account/)).toBeNull();
  });
});

describe('404', () => {
  it('says the page is not there and leads back to sign in', async () => {
    const { container } = await renderApp('/sign-in/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText(/There is no page at this address/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/');
    expect(await axe(container)).toHaveNoViolations();
  });
});
