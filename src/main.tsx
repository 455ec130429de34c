import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { prerenderedMatches } from './app/first-screen';
import { isLazyPage, matchPage, pages } from './app/routes';

/** The demo backend and phone exist only in the dev server and the demo build (never in dist/). */
const withDemoBackend = import.meta.env.DEV || import.meta.env.MODE === 'demo';

async function start() {
  if (withDemoBackend) {
    const { startDemoBackend } = await import('../mocks/browser');
    await startDemoBackend();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (prerenderedMatches(root.dataset.prerendered)) {
    // The build put this page's first screen in the HTML: take it over as it is (what was typed stays).
    // With the page's code in first, hydration does not wait on it (a failed download shows its error).
    const page = matchPage(pages, window.location.pathname)?.Component;
    if (isLazyPage(page)) await page.preload().catch(() => undefined);
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  if (withDemoBackend) {
    const { mountDemoPhone } = await import('../mocks/phone-panel/mount');
    mountDemoPhone();
  }
}

void start();
