/**
 * The React floor of the keystroke row: the editor's own page as the bench found it (the body's DOM taken
 * from the running app: header, side list, 表三 with every cell, its per-cell forms, the findings list,
 * the app's style sheet), drawn by the same React build, with ONE controlled input — the typed cell — whose
 * change renders that cell and its row's 总计 and nothing else. No form library, no live store, no
 * derivation of the other totals, no rules: what React and Chromium cost per keystroke on a page of this
 * size, measured with the same probe in the same run. Never part of the app.
 */
import { createElement, useSyncExternalStore, type ChangeEvent, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

interface FloorPage {
  /** the body's inner HTML, script tags removed, each input's value written as its value attribute */
  html: string;
  /** data-cell of the typed input and of its row's total */
  cell: string;
  total: string;
  /** the sum of the row's other applicant cells (the total is this plus the typed number) */
  rest: number;
}

declare global {
  interface Window {
    __typingFloor: FloorPage;
  }
}

const page = window.__typingFloor;

/** the typed value, held outside React so that only the two components reading it re-render */
let typed = '';
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const read = () => typed;
function setTyped(value: string) {
  typed = value;
  for (const l of listeners) l();
}

function TypedCell(props: Record<string, unknown>) {
  const value = useSyncExternalStore(subscribe, read);
  return createElement('input', {
    ...props,
    value,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setTyped(e.target.value),
  });
}

function RowTotal(props: Record<string, unknown>) {
  const value = useSyncExternalStore(subscribe, read);
  const n = Number(value);
  return createElement(
    'output',
    props,
    value === '' || !Number.isFinite(n) ? String(page.rest) : String(page.rest + n),
  );
}

/** HTML attribute names React spells differently */
const PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  inputmode: 'inputMode',
  autocomplete: 'autoComplete',
  spellcheck: 'spellCheck',
  novalidate: 'noValidate',
  contenteditable: 'contentEditable',
  accesskey: 'accessKey',
};

function styleObject(text: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const decl of text.split(';')) {
    const at = decl.indexOf(':');
    if (at < 0) continue;
    const name = decl.slice(0, at).trim();
    if (!name) continue;
    style[name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = decl
      .slice(at + 1)
      .trim();
  }
  return style;
}

function propsOf(el: Element): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const { name, value } of Array.from(el.attributes)) {
    if (name === 'style') props.style = styleObject(value);
    else if (name === 'value' && (el.localName === 'input' || el.localName === 'textarea')) props.defaultValue = value;
    else if (name === 'checked') props.defaultChecked = true;
    else if (['readonly', 'disabled', 'hidden', 'open', 'multiple', 'required', 'novalidate'].includes(name))
      props[PROP_NAMES[name] ?? name] = true;
    else props[PROP_NAMES[name] ?? name] = value;
  }
  return props;
}

let keys = 0;
/** The element tree of a DOM node, built once: React never re-renders it (the same elements every time). */
function toReact(node: Node): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  const props = propsOf(el);
  props.key = keys++;
  const id = el.getAttribute('data-cell');
  if (el.localName === 'input' && id === page.cell) {
    typed = String(props.defaultValue ?? '');
    delete props.defaultValue;
    return createElement(TypedCell, props);
  }
  if (el.localName === 'output' && id === page.total) return createElement(RowTotal, props);
  if (el.localName === 'textarea') return createElement('textarea', props);
  const children = Array.from(el.childNodes, toReact);
  if (['input', 'br', 'hr', 'img', 'meta', 'link', 'col', 'wbr'].includes(el.localName))
    return createElement(el.localName, props);
  return createElement(el.localName, props, ...children);
}

const template = document.createElement('template');
template.innerHTML = page.html;
const tree = Array.from(template.content.childNodes, toReact);
document.body.textContent = '';
createRoot(document.body.appendChild(document.createElement('div'))).render(tree);
