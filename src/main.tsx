import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootLanguage } from './content/boot-language';

/** The demo backend and phone exist only in the dev server and the demo build (never in dist/). */
const withDemoBackend = import.meta.env.DEV || import.meta.env.MODE === 'demo';

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
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  if (withDemoBackend) {
    const { mountDemoPhone } = await import('../mocks/phone-panel/mount');
    mountDemoPhone();
  }
}

void start();
