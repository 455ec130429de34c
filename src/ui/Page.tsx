import { Children, isValidElement, type ReactNode, useEffect, useRef } from 'react';
import { usePageTitle } from './page-title';
import { StepHeading } from './StepHeading';
import { keepTypedBeforeHydration } from './typed-before-hydration';

interface PageProps {
  /** What to do on this screen, as a heading: "Enter the code". Also the page title unless `title` is given. */
  heading: string;
  caption?: ReactNode;
  /** Defaults to the heading: a new heading is a new step, and focus moves to it. */
  focusKey?: unknown;
  /** The browser-tab title, when it should differ from the heading. */
  title?: string;
  /** A sentence or two under the heading. */
  intro?: ReactNode;
  children?: ReactNode;
  /** Secondary actions (links, link buttons) listed under everything else. */
  secondary?: ReactNode;
  /** Last in the card, under the secondary links: the organisation's sign-in page text. */
  footnote?: ReactNode;
}

/** One task per screen: heading, content (usually a form ending in <Actions>), secondary links. */
export function Page({ heading, caption, focusKey, title, intro, children, secondary, footnote }: PageProps) {
  usePageTitle(title ?? heading);
  // The first page of the app's life may be the prerendered one, hydrated with text already typed in it.
  const element = useRef<HTMLDivElement>(null);
  // The whole app's: the language picker in the header is a field too.
  useEffect(() => keepTypedBeforeHydration(document.getElementById('root') ?? element.current), []);
  return (
    <div className="page" ref={element}>
      <StepHeading focusKey={focusKey ?? heading} caption={caption}>
        {heading}
      </StepHeading>
      {intro && <div className="page-intro">{typeof intro === 'string' ? <p>{intro}</p> : intro}</div>}
      {children}
      {secondary && <SecondaryLinks>{secondary}</SecondaryLinks>}
      {footnote}
    </div>
  );
}

/** The primary action (first) and any other buttons of a form, stacked full width. */
export function Actions({ children }: { children: ReactNode }) {
  return <div className="actions">{children}</div>;
}

/** A list of secondary actions under the primary one: "Use a different number", "Sign in another way". */
function SecondaryLinks({ children }: { children: ReactNode }) {
  const items = Children.toArray(children);
  if (items.length === 0) return null;
  return (
    <ul className="secondary-links">
      {items.map((item, index) => (
        <li key={isValidElement(item) && item.key !== null ? item.key : index}>{item}</li>
      ))}
    </ul>
  );
}
