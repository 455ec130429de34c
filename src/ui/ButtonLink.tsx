import { Link, type LinkProps } from 'react-router';
import { cx } from './cx';

interface ButtonLinkProps extends LinkProps {
  variant?: 'primary' | 'secondary';
}

/** A link that is the screen's main way on ("Back to sign in"): looks like a Button, behaves like a link. */
export function ButtonLink({ variant = 'primary', className, ...rest }: ButtonLinkProps) {
  return <Link {...rest} className={cx('button', `button--${variant}`, className)} />;
}
