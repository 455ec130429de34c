import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useSwitchingLanguage } from '../content/use-language';
import { cx } from './cx';

/**
 * For an element that is a live region (role="status", role="alert"…): `aria-live={useLiveMuted()}`.
 * A language switch replaces every word on screen; for a moment the region stays silent, so what it
 * already said is not read out again as news.
 */
export function useLiveMuted(): 'off' | undefined {
  return useSwitchingLanguage() ? 'off' : undefined;
}

interface LiveRegionProps {
  children?: ReactNode;
  /** Shown on screen too; by default only screen readers get it. */
  visible?: boolean;
  className?: string;
}

/**
 * A polite live region. Keep it mounted and change its content: screen readers read changes, not
 * regions that appear already filled.
 */
export function LiveRegion({ children, visible = false, className }: LiveRegionProps) {
  const muted = useLiveMuted();
  return (
    <div
      role="status"
      aria-live={muted ?? 'polite'}
      aria-atomic="true"
      className={cx(!visible && 'visually-hidden', className)}
    >
      {children}
    </div>
  );
}

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce | null>(null);

/** The app shell's one polite region for announcements that have no place on screen. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback<Announce>((next) => {
    clearTimeout(timer.current);
    // Empty first, so that the same words twice are still a change and are read again.
    setMessage('');
    timer.current = setTimeout(() => setMessage(next), 100);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnouncerContext value={announce}>
      {children}
      <LiveRegion>{message}</LiveRegion>
    </AnnouncerContext>
  );
}

/** announce('Code sent again'): read out politely, once. Needs the app shell's AnnouncerProvider. */
export function useAnnounce(): Announce {
  const announce = useContext(AnnouncerContext);
  if (!announce)
    throw new Error('useAnnounce() needs an <AnnouncerProvider> above it (the app layout has one).');
  return announce;
}
