import type { ReactNode } from 'react';

/**
 * Text that reads left to right in any page: a phone number, a masked number, an extension, a code,
 * a user name or a reference inside a right-to-left sentence. Isolated (<bdi>), so neither it nor the
 * sentence around it is reordered: "+1 ••• ••• ••00" never shows as "00•• ••• ••• 1+".
 */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}
