import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { cx } from './cx';
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
