import type { ReactNode } from 'react';
import { AnnouncerProvider } from '../ui/announcer';
import { HeadingFocusProvider } from '../ui/heading-focus';
import { PageTitleProvider } from '../ui/page-title';
import { AppFrame } from './AppFrame';
import { useFocusHeadingOnNavigation } from './route-focus';

interface LayoutProps {
  /** The path of the page shown (which lags the URL while the next page's code downloads). */
  pathname: string;
  /** The route's title: document.title until the page names itself (usePageTitle). */
  title: string | undefined;
  /** The next page's code is downloading: <main> is aria-busy while the current page stays. */
  busy: boolean;
  children: ReactNode;
}

/** The page chrome plus the focus, title and announcement services, around the routed page. */
export function Layout({ pathname, title, busy, children }: LayoutProps) {
  useFocusHeadingOnNavigation(pathname);
  return (
    <PageTitleProvider fallback={title}>
      <HeadingFocusProvider>
        <AnnouncerProvider>
          <AppFrame busy={busy}>{children}</AppFrame>
        </AnnouncerProvider>
      </HeadingFocusProvider>
    </PageTitleProvider>
  );
}
