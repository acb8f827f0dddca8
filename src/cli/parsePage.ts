import { parseHTML } from 'linkedom';

/**
 * A page's HTML as a document, with linkedom (the CLI and the benches run in Node), and with what
 * a browser does with a second `<html>` start tag: a parse error whose attributes the root takes
 * when it lacks them, and which is otherwise ignored. linkedom nests a second root instead, and
 * `document.body` is then an empty body of its own, so the CLI found no article where a browser
 * shows one. The nested root is unwrapped before anything asks for the body.
 */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  if (root) {
    for (const inner of [...root.querySelectorAll('html')]) {
      for (const { name, value } of [...inner.attributes]) if (!root.hasAttribute(name)) root.setAttribute(name, value);
      inner.replaceWith(...inner.childNodes);
    }
  }
  return document as unknown as Document;
}
