/** The web copy: one standalone HTML file to publish on the organ's website, UTF-8 with no script. */
import { renderHtml, type DocumentModel } from '../../../shared/document';

export function renderWebHtml(model: DocumentModel): Uint8Array {
  return new TextEncoder().encode(renderHtml(model, { purpose: 'web' }));
}

/** The print view that becomes the PDF (and goes to the printer). */
export function renderPrintHtml(model: DocumentModel): string {
  return renderHtml(model, { purpose: 'print' });
}
