import { useEffect, useMemo, useRef, useState } from 'react';
import { buildDocument, renderHtml } from '../../shared/document';
import { useEditor } from '../report/editor-context';

/**
 * The print view of the report, drawn by the same code as the exports. The page's CSP (inherited by
 * the srcdoc frame) forbids inline <style>, so the style sheet is lifted out of the HTML and handed to
 * the frame's document through the CSSOM, which the policy does not govern. The frame runs no script.
 */
export function splitStyles(html: string): { body: string; css: string } {
  const css: string[] = [];
  const body = html.replace(/<style[^>]*>([\s\S]*?)<\/style>/gi, (_, text: string) => {
    css.push(text);
    return '';
  });
  return { body, css: css.join('\n') };
}

export function Preview() {
  const { store } = useEditor();
  const [version, setVersion] = useState(0);
  const frame = useRef<HTMLIFrameElement>(null);

  const { body, css, failure } = useMemo(() => {
    void version;
    try {
      const { report, findings } = store.get();
      return {
        ...splitStyles(renderHtml(buildDocument(report, { findings, final: false }), { purpose: 'print' })),
        failure: null,
      };
    } catch (error) {
      return { body: '', css: '', failure: `无法生成预览：${error instanceof Error ? error.message : String(error)}` };
    }
  }, [store, version]);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const apply = () => {
      const doc = el.contentDocument;
      const view = el.contentWindow as (Window & typeof globalThis) | null;
      if (!doc || !view) return;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [sheet];
    };
    el.addEventListener('load', apply);
    apply();
    return () => el.removeEventListener('load', apply);
  }, [css, body]);

  return (
    <section className="preview" aria-labelledby="preview-heading">
      <div className="row-between">
        <h3 id="preview-heading">预览（按导出版式）</h3>
        <button type="button" className="small" onClick={() => setVersion((v) => v + 1)}>
          刷新预览
        </button>
      </div>
      {failure ? <p className="notice error">{failure}</p> : null}
      <iframe ref={frame} title="报告预览" className="preview-frame" sandbox="allow-same-origin" srcDoc={body} />
    </section>
  );
}
