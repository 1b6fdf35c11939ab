/**
 * An init script for start-up tests: records, before the app's scripts run, the moment React first puts
 * something into #root (`window.__firstRender`, on the page's performance clock), so a test can tell
 * which requests started before React's first render.
 */
export const FIRST_RENDER_PROBE = `
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0) return;
    observer.disconnect();
    window.__firstRender = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;
