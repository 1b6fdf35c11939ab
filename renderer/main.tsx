// first: the home page's lists are asked for while the rest of this script is evaluated and React renders
import { afterEarlyHomeLists } from './home/start-home-lists';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// the home page's first render takes its lists when they have come in time: drawn once, list included
afterEarlyHomeLists(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
