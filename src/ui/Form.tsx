import type { ReactNode } from 'react';

/**
 * A form whose fields the app checks itself: the browser's own validation bubbles are off (ours are
 * in the page's language and announced), and submitting hands over to `onSubmit` instead of loading
 * a page. Enter in any field submits, as people expect.
 */
export function Form({
  onSubmit,
  className,
  children,
}: {
  onSubmit: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
