import type { ComponentPropsWithRef } from 'react';
import { cx } from './cx';

/** A button that looks like a link: a secondary action that does something rather than go somewhere. */
export function LinkButton({ className, type = 'button', ...rest }: ComponentPropsWithRef<'button'>) {
  return <button {...rest} type={type} className={cx('link-button', className)} />;
}
