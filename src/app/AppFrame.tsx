import type { MouseEvent, ReactNode } from 'react';
import { BrandLinks, BrandLogo } from '../branding/Brand';
import { t } from '../content/i18n';
import { LanguagePicker } from './LanguagePicker';

export const MAIN_ID = 'main';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Focus directly instead of following "#main": a hash change would be a router navigation.
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

/**
 * The page chrome every screen shares: skip link, header with the organisation's logo and the
 * language picker, <main> with the card, footer with the organisation's links and the privacy line.
 */
export function AppFrame({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <BrandLogo />
        <LanguagePicker />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main" aria-busy={busy || undefined}>
        <div className="card">{children}</div>
      </main>
      <footer className="app-footer">
        <BrandLinks />
        <p>{t('app.footer.privacy')}</p>
      </footer>
    </div>
  );
}
