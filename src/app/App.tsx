import '../styles/index.css';
import { flushSync } from 'react-dom';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';

let router: ReturnType<typeof createBrowserRouter> | undefined;

// Created on first render, not at import, and only once (StrictMode renders twice; a second router
// would also listen to history).
function appRouter() {
  router ??= createBrowserRouter(routes);
  return router;
}

// RouterProvider from 'react-router' plus flushSync is what 'react-router/dom' exports; importing it
// from the main entry keeps one copy of the router's contexts where Node resolves the two entries to
// different builds (Vitest).
const flushRouterUpdate = (update: () => unknown): undefined => {
  flushSync(update);
};

export function App() {
  return <RouterProvider router={appRouter()} flushSync={flushRouterUpdate} />;
}
