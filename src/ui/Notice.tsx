import type { ReactNode } from 'react';
import { cx } from './cx';

interface NoticeProps {
  title?: string;
  children: ReactNode;
  className?: string;
}

/** Information that is part of the page, not news: not a live region (see Alert for that). */
export function Notice({ title, children, className }: NoticeProps) {
  return (
    <div role="note" className={cx('notice', className)}>
      {title && <h2 className="notice-title">{title}</h2>}
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}
