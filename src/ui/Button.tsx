import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { cx } from './cx';
import { useHydrated } from './hydrated';
import { Spinner } from './Spinner';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: 'primary' | 'secondary';
  /**
   * While true the button ignores clicks (and form submits through it) but stays focusable and readable:
   * aria-disabled + aria-busy instead of `disabled`, which would drop keyboard focus to the page.
   */
  busy?: boolean;
}

export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  // A submit in the prerendered HTML, before the app runs (or without JavaScript), would send the form to
  // the page's own address, the fields in its query string: it stays disabled until hydration.
  const hydrated = useHydrated();
  const waiting = type === 'submit' && !hydrated;
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      // Also stops the form submit that a click (or Enter in a field) on a submit button causes.
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      disabled={rest.disabled || waiting || undefined}
      // looks as it will once the app runs (styles/components.css): nothing changes when it comes alive
      data-until-hydrated={waiting || undefined}
      className={cx('button', `button--${variant}`, className)}
      aria-busy={busy || undefined}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {busy && <Spinner />}
      {children}
    </button>
  );
}
