import { useMatches } from 'react-router';
import { type MessageId, t } from '../content/i18n';

/** What the route table puts in each route's `handle`. */
export interface RouteHandle {
  /** The page name in document.title until the page names itself (usePageTitle). */
  title: MessageId;
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as RouteHandle).title === 'string';
}

/** The title of the deepest matched route that has one. */
export function useRouteTitle(): string | undefined {
  const handle = useMatches()
    .map((match) => match.handle)
    .findLast(isRouteHandle);
  return handle ? t(handle.title) : undefined;
}
