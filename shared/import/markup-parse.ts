/**
 * htmlparser2's tree, built with the node count and the nesting depth bounded (MAX_MARKUP_NODES,
 * MAX_MARKUP_DEPTH): the tree of a hostile page or Word part is refused while it is being built, before
 * it can exhaust memory, and every later walk over an accepted tree stays well within the call stack.
 */
import { DomHandler, Parser, type DomHandlerOptions, type ParserOptions } from 'htmlparser2';
import { markupTooComplex, MAX_MARKUP_DEPTH, MAX_MARKUP_NODES } from './limits';

type MarkupDocument = DomHandler['root'];

class BoundedHandler extends DomHandler {
  private nodes = 0;

  constructor(
    private readonly source: string,
    options: DomHandlerOptions,
  ) {
    super(null, options);
  }

  private count(): void {
    if (++this.nodes > MAX_MARKUP_NODES) throw markupTooComplex(this.source, 'nodes');
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.count();
    // tagStack holds the document and every open element: its length is the new element's depth
    if (this.tagStack.length > MAX_MARKUP_DEPTH) throw markupTooComplex(this.source, 'depth');
    super.onopentag(name, attribs);
  }

  override ontext(data: string): void {
    // consecutive text chunks join one node; counting each chunk still bounds the tree
    this.count();
    super.ontext(data);
  }
}

/** Like htmlparser2's parseDocument, refusing (ApiError, Chinese, naming `source`) past the limits. */
export function parseBoundedMarkup(
  markup: string,
  options: ParserOptions & DomHandlerOptions,
  source: string,
): MarkupDocument {
  const handler = new BoundedHandler(source, options);
  new Parser(handler, options).end(markup);
  return handler.root;
}
