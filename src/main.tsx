import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

/** The demo backend and phone exist only in the dev server and the demo build (never in dist/). */
const withDemoBackend = import.meta.env.DEV || import.meta.env.MODE === 'demo';

async function start() {
  if (withDemoBackend) {
    const { startDemoBackend } = await import('../mocks/browser');
    await startDemoBackend();
  }
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
