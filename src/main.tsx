import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { prerenderedMatches } from './app/first-screen';
import { isLazyPage, matchPage, pages } from './app/routes';
import { bootLanguage } from './content/boot-language';

/** The demo backend and phone exist only in the dev server and the demo build (never in dist/). */
const withDemoBackend = import.meta.env.DEV || import.meta.env.MODE === 'demo';

/** Lets the browser run a task of its own (paint, a keystroke) before the next step of the start. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start() {
  // The words of the person's language before the first render: no English first for anyone else.
  const language = bootLanguage();
  if (withDemoBackend) {
    const { startDemoBackend } = await import('../mocks/browser');
    await startDemoBackend();
  }
  await language;
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The HTML's first screen is English (src/prerender/): a page in another language, its words loaded
  // above, renders afresh rather than hydrating it (first-screen.ts compares the languages).
  if (prerenderedMatches(root)) {
    // The build put this page's first screen in the HTML: take it over as it is (what was typed stays).
    // With the page's code in first, hydration does not wait on it (a failed download shows its error).
    // Each step its own task: the app's code runs, then the page's, then hydration (in slices), rather
    // than all three in one long task while the person may already be typing.
    const page = matchPage(pages, window.location.pathname)?.Component;
    await nextTask();
    if (isLazyPage(page)) await page.preload().catch(() => undefined);
    await nextTask();
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole page (a tap or a keystroke meanwhile is answered at once).
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // What the HTML held is not what the app shows: nothing of it is taken over (typed-before-hydration.ts).
    root.replaceChildren();
    delete root.dataset.prerendered;
    delete root.dataset.prerenderedLanguage;
    createRoot(root).render(app);
  }
  if (withDemoBackend) {
    const { mountDemoPhone } = await import('../mocks/phone-panel/mount');
    mountDemoPhone();
  }
}

void start();
