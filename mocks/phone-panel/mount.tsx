// Mounts the demo phone next to the app, in its own React root: it never touches the app's tree,
// and the production build never imports this module (see src/main.tsx).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoPhone, network } from '../browser';
import { DemoPhonePanel } from './DemoPhonePanel';

const HOST_ID = 'demo-phone';

export function mountDemoPhone(): void {
  if (document.getElementById(HOST_ID)) return; // hot reload ran start-up again
  const host = document.createElement('div');
  host.id = HOST_ID;
  host.className = 'demo-phone-host';
  // The demo phone is not the product: it stays in English, left to right, whatever the page's
  // language (other tools drive it by its English names).
  host.lang = 'en';
  host.dir = 'ltr';
  document.body.append(host);
  // The page becomes two columns on wide screens (see panel.css); on phones the panel follows the app.
  document.body.classList.add('with-demo-phone');
  createRoot(host).render(
    <StrictMode>
      <DemoPhonePanel phone={demoPhone} network={network} />
    </StrictMode>,
  );
}
