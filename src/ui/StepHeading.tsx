import type { ReactNode } from 'react';
import { cx } from './cx';
import { useHeadingFocus } from './heading-focus';

interface StepHeadingProps {
  children: ReactNode;
  /** Change it when the step changes without remounting the heading; focus moves to the heading. */
  focusKey?: unknown;
  /** Small text above the heading and part of it, e.g. "Step 2 of 3" or the account being signed in. */
  caption?: ReactNode;
  id?: string;
  className?: string;
}

/** The page's <h1>: takes focus when it appears or its step changes, so screen readers start there. */
export function StepHeading({ children, focusKey, caption, id, className }: StepHeadingProps) {
  const ref = useHeadingFocus<HTMLHeadingElement>(focusKey);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={cx('page-heading', className)}>
      {caption && (
        <>
          <span className="page-caption">{caption}</span>
          <span className="visually-hidden">,</span>{' '}
        </>
      )}
      {children}
    </h1>
  );
}
