import { Link, type LinkProps } from 'react-router';
import { cx } from './cx';

/** A router link in the product's link style, with a 44 px target. */
export function TextLink({ className, ...rest }: LinkProps) {
  return <Link {...rest} className={cx('text-link', className)} />;
}
