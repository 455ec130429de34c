import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { t } from '../content/i18n';

/** "<page> – Self-service sign-in", or just the product name when there is no page name. */
export function documentTitle(page?: string | null): string {
  const appName = t('app.name');
  return page ? t('app.documentTitle', { page, appName }) : appName;
}

type Register = (page: string) => () => void;

const PageTitleContext = createContext<Register | null>(null);

/**
 * Owns document.title: the innermost mounted usePageTitle wins, else `fallback` (the route's title).
 * Without this, a page's title set in a child effect would be overwritten by its parent's effect.
 */
export function PageTitleProvider({ fallback, children }: { fallback?: string; children: ReactNode }) {
  const [pages, setPages] = useState<readonly { id: number; page: string }[]>([]);
  const nextId = useRef(0);
  const register = useCallback<Register>((page) => {
    const id = nextId.current++;
    setPages((current) => [...current, { id, page }]);
    return () => setPages((current) => current.filter((entry) => entry.id !== id));
  }, []);
  const page = pages.at(-1)?.page ?? fallback;
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
  return <PageTitleContext value={register}>{children}</PageTitleContext>;
}

/** Names the current page (or step) in the browser tab and history: usePageTitle(t('sms.code.title')). */
export function usePageTitle(page: string | undefined) {
  const register = useContext(PageTitleContext);
  useEffect(() => {
    if (!page) return;
    if (register) return register(page);
    document.title = documentTitle(page);
  }, [page, register]);
}
