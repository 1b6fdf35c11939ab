/** The React floor's entry (bundled by home-floors.ts with the app's React, production build). */
import { createRoot } from 'react-dom/client';
import { FloorHome, type FloorCard } from './FloorHome';

declare global {
  interface Window {
    __floorCards: FloorCard[];
  }
}

// as the app: marked ready for the probe, then rendered
document.documentElement.dataset.ready = '1';
createRoot(document.getElementById('root')!).render(<FloorHome cards={window.__floorCards} />);
