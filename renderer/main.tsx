// first: the home page's lists are asked for while the rest of this script is evaluated and React renders
import { afterEarlyHomeLists } from './home/start-home-lists';
// and a report's address asks for the report and the editor's chunk
import './report/start-report-open';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isHomeHash } from './routes';
import './styles.css';

// a transition: React renders the first screen in slices that yield to the browser, and waits for a
// lazy page's chunk (already on its way) instead of committing a fallback it must then keep for 300 ms
function startApp(): void {
  startTransition(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

if (isHomeHash(location.hash)) {
  // the home page's first render takes its lists when they have come in time: drawn once, list included
  afterEarlyHomeLists(startApp);
} else {
  // another page (a report's address): the root is made in a task of its own, not at the end of this
  // script's evaluation (React's initialisation and the early requests), so that neither task is as long
  // as both on a slow machine (createRoot attaches React's listeners for every event to the root:
  // 10–37 ms at 4× CPU throttle, docs/PERFORMANCE.md); the chunk and the report are on their way meanwhile
  setTimeout(startApp, 0);
}
