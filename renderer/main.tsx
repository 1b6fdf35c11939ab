// first: the home page's lists are asked for while the rest of this script is evaluated and React renders
import { afterEarlyHomeLists } from './home/start-home-lists';
// and a report's address asks for the report and the editor's chunk
import './report/start-report-open';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// the home page's first render takes its lists when they have come in time: drawn once, list included
// (at once on any other address); a transition: React renders the first screen in slices that yield to
// the browser, and waits for a lazy page's chunk (already on its way) instead of committing a fallback
// it must then keep for 300 ms
afterEarlyHomeLists(() =>
  startTransition(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  ),
);
