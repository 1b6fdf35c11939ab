/**
 * Hanging punctuation for the Chromium print. Word, WPS and LibreOffice let a closing ，。、；：？！ that does not fit
 * hang past the end of a full line; Chromium (no `hanging-punctuation`) instead carries the last character down with
 * it, so the PDF would break lines, and then pages, differently from the .docx. This script runs in the print page
 * before printing: wherever Chromium carried a character down although it would have fitted, the punctuation after
 * it is set in a span.hang (html.ts: zero advance), and the line holds its 28 characters as in the .docx.
 *
 * A string, not a function: it runs in the page, and the Electron side has no DOM types. The measuring is done with
 * the text set flush left (justification moves no line break but hides how much room a line had).
 */
export const HANGING_PUNCTUATION = '，。、；：？！';

export const HANG_PUNCTUATION_SCRIPT = `(() => {
  const hangable = ${JSON.stringify(HANGING_PUNCTUATION)};
  const root = document.querySelector('article.report');
  if (!root) return 0;
  root.classList.add('measuring');
  let hung = 0;
  const range = document.createRange();
  // the block's characters in order, each as its text node and offset (spans split the text into several nodes)
  const positions = (block) => {
    const out = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) for (let i = 0; i < walker.currentNode.data.length; i++) out.push([walker.currentNode, i]);
    return out;
  };
  const box = ([node, i]) => { range.setStart(node, i); range.setEnd(node, i + 1); return range.getBoundingClientRect(); };
  for (const block of root.querySelectorAll('p, h2, h3, h4')) {
    const style = getComputedStyle(block);
    const right = block.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    let chars = positions(block);
    for (let k = 2; k < chars.length; k++) {
      const [node, i] = chars[k];
      if (!hangable.includes(node.data[i])) continue;
      const before = box(chars[k - 2]);
      const carried = box(chars[k - 1]);
      if (carried.top <= before.top + 1) continue;
      if (before.right + carried.width > right + 0.5) continue;
      const mark = i > 0 ? node.splitText(i) : node;
      if (mark.data.length > 1) mark.splitText(1);
      const span = document.createElement('span');
      span.className = 'hang';
      mark.replaceWith(span);
      span.appendChild(mark);
      chars = positions(block);
      if (box(chars[k - 1]).top > before.top + 1) {
        // the character did not come back up (something else holds the line): leave the text as it was
        span.replaceWith(mark);
        block.normalize();
        chars = positions(block);
        continue;
      }
      hung++;
    }
  }
  root.classList.remove('measuring');
  return hung;
})()`;
