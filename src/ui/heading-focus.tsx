import {
  createContext,
  type ReactNode,
  type RefObject,
  useCallback,
  useContext,
  useEffect,
  useRef,
} from 'react';
import { useLanguage } from '../content/use-language';

/** Decides whether a heading that just appeared (or whose step key changed) should take focus. */
type Claim = (element: HTMLElement, focusKey: unknown) => boolean;

// Outside the app shell (a flow's screen rendered alone in a test) every new heading takes focus.
const HeadingFocusContext = createContext<Claim>(() => true);

/**
 * The app shell's rule: move focus to each new page or step heading so screen-reader users hear where
 * they are, except the very first heading of a page load, where focus stays where the browser put it
 * (the top of the document, with the skip link first).
 */
export function HeadingFocusProvider({ children }: { children: ReactNode }) {
  const first = useRef<{ element: HTMLElement; focusKey: unknown } | null>(null);
  const settled = useRef(false);
  const claim = useCallback<Claim>((element, focusKey) => {
    if (settled.current) return true;
    if (first.current === null) {
      first.current = { element, focusKey };
      return false;
    }
    // The same heading asking again is StrictMode re-running effects, not a new step.
    if (first.current.element === element && Object.is(first.current.focusKey, focusKey)) return false;
    settled.current = true;
    return true;
  }, []);
  return <HeadingFocusContext value={claim}>{children}</HeadingFocusContext>;
}

/**
 * Focuses the element when it mounts and whenever `focusKey` changes (see HeadingFocusProvider for the
 * first-load exception). Give the element tabIndex={-1}. For headings, prefer <StepHeading>.
 * A key that changes with a language switch (a heading's words) is the same step in other words:
 * focus stays where the person is, on the language picker.
 */
export function useHeadingFocus<T extends HTMLElement>(focusKey?: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  const claim = useContext(HeadingFocusContext);
  const language = useLanguage();
  const shownIn = useRef(language);
  useEffect(() => {
    if (shownIn.current !== language) {
      shownIn.current = language;
      return;
    }
    const element = ref.current;
    if (element && claim(element, focusKey)) element.focus();
  }, [claim, focusKey, language]);
  return ref;
}
