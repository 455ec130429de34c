import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { wordsLoaded } from '../content/i18n';

/** A page whose code is its own chunk, downloaded the first time the page renders (or on preload()). */
export type LazyPage = LazyExoticComponent<ComponentType> & {
  /** Starts (or joins) the download; resolves when the page can render without suspending. */
  preload: () => Promise<unknown>;
};

/**
 * React.lazy with a shared, callable download: `lazyPage(() => import('./route').then((m) => ({ default:
 * m.Component })))`. Keep the import() literal at the call site, so the bundler makes the module a chunk.
 * The page is ready once its words are too, in the language shown (see content/i18n.ts).
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    loading ??= load().then(wordsLoaded);
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}

export function isLazyPage(component: unknown): component is LazyPage {
  return typeof (component as Partial<LazyPage> | null)?.preload === 'function';
}
