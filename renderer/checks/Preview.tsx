import { useMemo, useRef, useState } from 'react';
import { buildDocument, renderHtml } from '../../shared/document';
import { useEditor } from '../report/editor-context';
import { splitStyles } from './frame-html';
import { useFrameStyles } from './use-frame-styles';

/** The print view of the report, drawn by the same code as the exports (see frame-html.ts for the styles). */
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

  useFrameStyles(frame, css, body);

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
