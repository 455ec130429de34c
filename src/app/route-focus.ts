import { useEffect, useRef } from 'react';
import { MAIN_ID } from './AppFrame';

/**
 * After a navigation to another page, move focus to the new page's <h1> (or <main>), so keyboard and
 * screen-reader users start at the top of what changed instead of on a link that no longer exists.
 * A page that already put focus inside <main> (its StepHeading, an autofocused field) is left alone.
 * `pathname` is the page shown, so this runs once the new page is on screen, not when the URL changes.
 */
export function useFocusHeadingOnNavigation(pathname: string) {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById(MAIN_ID);
    if (!main || main.contains(document.activeElement)) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    } else {
      main.focus();
    }
  }, [pathname]);
}
