/**
 * A document frame (preview, read-only unit view) gets its style sheet through the CSSOM, as the CSP
 * requires, once now and again whenever the frame reloads its body.
 */
import { useEffect, type RefObject } from 'react';
import { adoptStyles } from './frame-html';

export function useFrameStyles(frame: RefObject<HTMLIFrameElement | null>, css: string, body: string): void {
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const apply = () => void adoptStyles(el, css);
    el.addEventListener('load', apply);
    apply();
    return () => el.removeEventListener('load', apply);
  }, [frame, css, body]);
}
