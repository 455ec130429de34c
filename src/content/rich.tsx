import { Fragment, type ReactNode } from 'react';
import { type MessageId, type Params, t } from './i18n';

const mark = (name: string) => `\u0000${name}\u0000`;

/**
 * A message whose slots hold elements, not just text: rich('verification.call.intro',
 * { destination: <Masked value={…} /> }). Text parameters (and `count`) work as with t().
 */
export function rich(id: MessageId, params: Record<string, ReactNode>): ReactNode {
  const text: Params = {};
  const nodes = new Map<string, ReactNode>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') text[name] = value;
    else {
      text[name] = mark(name);
      nodes.set(name, value);
    }
  }
  const parts = t(id, text).split('\u0000');
  // Odd parts are slot names, even parts plain text.
  return parts.map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never reorder
    index % 2 === 1 ? <Fragment key={index}>{nodes.get(part)}</Fragment> : part,
  );
}
