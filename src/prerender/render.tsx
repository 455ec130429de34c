// The server side of the prerendered first screens (see vite-plugin.ts): each route rendered to HTML
// with React's static renderer and React Router's static router, waiting for the route's lazy code.
// It runs in Node at build time only; the browser hydrates the result (src/main.tsx).
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppRoutes, matchPage, pages } from '../app/routes';
import { currentLocale, t } from '../content/i18n';
import { documentTitle } from '../ui/page-title';

/** The first screens written at build time: the address rendered and the file it becomes. */
export const PRERENDERED = [
  { location: '/', file: 'index.html' },
  { location: '/sign-in/password', file: 'sign-in/password/index.html' },
  { location: '/reset-password', file: 'reset-password/index.html' },
  { location: '/security-info', file: 'security-info/index.html' },
  // any unknown address: the 404 page (for hosts that serve 404.html)
  { location: '/404', file: '404.html' },
] as const;

export interface RenderedPage {
  /** The route's path pattern ('/', '*'), which the browser compares with its own before hydrating. */
  route: string;
  /** The page's document title (the route's; the page may name itself once it runs). */
  title: string;
  /** The language it is written in (the browser renders afresh in any other). */
  language: string;
  /** The app's HTML, for #root. */
  html: string;
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  let html = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    html += decoder.decode(chunk, { stream: true });
  return html + decoder.decode();
}

/** The app at `location` as the browser's first render will show it (no session, nothing remembered). */
export async function renderPage(location: string): Promise<RenderedPage> {
  const page = matchPage(pages, location);
  if (!page) throw new Error(`prerender: no page for ${location}`);
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={location}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    { onError: (error) => console.error(`prerender ${location}:`, error) },
  );
  const html = await text(prelude);
  if (/<script|<template/i.test(html))
    throw new Error(`prerender ${location}: the page did not render completely (it still streams a part)`);
  return {
    route: page.path,
    title: documentTitle(page.title && t(page.title)),
    language: currentLocale(),
    html,
  };
}
