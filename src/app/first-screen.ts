// Whether the first screen in the HTML (prerendered at build time, src/prerender/) is the one this
// browser's first render would show, so React can hydrate it rather than replace it.
import { currentLocale } from '../content/i18n';
import { tabStorage } from '../session/tab-storage';
import { matchPage, pages } from './routes';

/**
 * The build rendered each route in English as a browser with nothing remembered shows it (#root's
 * data-prerendered: the route; data-prerendered-language: the language). Another language, a
 * remembered flow or a session (sessionStorage `ssi.*`), router state handed over by another page
 * (history.state), or an address that is not the prerendered one (a host's fallback to index.html)
 * all change the first screen.
 */
export function prerenderedMatches(root: HTMLElement): boolean {
  const { prerendered, prerenderedLanguage } = root.dataset;
  if (!prerendered || prerenderedLanguage !== currentLocale()) return false;
  if (matchPage(pages, window.location.pathname)?.path !== prerendered) return false;
  const storage = tabStorage();
  if (storage && Object.keys(storage).some((key) => key.startsWith('ssi.'))) return false;
  const state = window.history.state as { usr?: unknown } | null;
  return state?.usr == null;
}
