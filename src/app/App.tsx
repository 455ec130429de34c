import '../styles/index.css';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes';

/**
 * The app: declarative routing (the data router costs ~16 kB gzip more on every page). Location updates
 * are not transitions (useTransitions={false}), so AppRoutes can mark <main> busy while the next page's
 * code downloads; it keeps the current page on screen meanwhile (useDeferredValue).
 */
export function App() {
  return (
    <BrowserRouter useTransitions={false}>
      <AppRoutes />
    </BrowserRouter>
  );
}
