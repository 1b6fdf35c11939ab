/**
 * The document's HTML in a frame of the app. The page's CSP (inherited by a srcdoc frame) forbids inline
 * <style>, so the style sheet is lifted out of the HTML and handed to the frame's document through the
 * CSSOM (a constructed sheet), which the policy does not govern. The frame runs no script.
 */
export function splitStyles(html: string): { body: string; css: string } {
  const css: string[] = [];
  const body = html.replace(/<style[^>]*>([\s\S]*?)<\/style>/gi, (_, text: string) => {
    css.push(text);
    return '';
  });
  return { body, css: css.join('\n') };
}

/** Gives the frame's current document the style sheet; false while the frame has no document yet. */
export function adoptStyles(frame: HTMLIFrameElement, css: string): boolean {
  const doc = frame.contentDocument;
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !view) return false;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
  return true;
}
