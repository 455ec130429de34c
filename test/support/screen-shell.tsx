import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AnnouncerProvider } from '../../src/ui/announcer';
import { HeadingFocusProvider } from '../../src/ui/heading-focus';

/** What a flow's screens need around them outside the app shell: a router, focus and announcements. */
export function ScreenShell({ children }: { children: ReactNode }) {
  return (
    <MemoryRouter>
      <HeadingFocusProvider>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </HeadingFocusProvider>
    </MemoryRouter>
  );
}
