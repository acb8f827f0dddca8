import { parseHTML } from 'linkedom';

/**
 * A page's HTML as a document, with linkedom (the CLI and the benches run in Node), and with what
 * a browser does with a second `<html>` start tag: a parse error whose attributes the root takes
 * when it lacks them, and which is otherwise ignored. linkedom nests a second root instead, and
 * `document.body` is then an empty body of its own, so the CLI found no article where a browser
 * shows one. The nested root is unwrapped before anything asks for the body. A page without an
 * <html> start tag gets one, head elements written after </head> go back into the head, and
 * content written before <body> opens the body, as in a browser.
 */
export function parsePage(html: string): Document {
  let { document } = parseHTML(html);
  // A page with no <html> start tag (it may sit in a conditional comment for old IE): a browser
  // makes the root itself; linkedom makes the first element the root (a <head>), and the body
  // is then a stray one. The start tag is supplied after the doctype.
  if (document.documentElement && document.documentElement.localName !== 'html') {
    ({ document } = parseHTML(html.replace(/^(\s*<!doctype[^>]*>)?/i, '$1<html>')));
  }
  const root = document.documentElement;
  if (root) {
    for (const inner of [...root.querySelectorAll('html')]) {
      for (const { name, value } of [...inner.attributes]) if (!root.hasAttribute(name)) root.setAttribute(name, value);
      inner.replaceWith(...inner.childNodes);
    }
  }
  // Elements of the head written after </head> and before <body> (a WordPress theme's stray <meta>): a
  // browser puts them back into the head. linkedom leaves them between the two, and its `body` then
  // takes the head's next sibling for no body and inserts an empty one there.
  const head = document.head;
  if (head) {
    for (let next = head.nextElementSibling; next && next.localName !== 'body'; next = head.nextElementSibling) {
      if (!AFTER_HEAD.has(next.localName)) break;
      head.append(next);
    }
    // Content before <body> (a site builder's boxes ahead of a second <head>): a browser opens the
    // body there, and everything after goes into it — a later <head> or <body> tag only adds its
    // contents. linkedom keeps them all at the root, and the body holds only what followed <body>.
    const next = head.nextElementSibling;
    if (next && next.localName !== 'body') {
      const body = [...root!.children].find((el) => el.localName === 'body') ?? document.createElement('body');
      const rest: Node[] = [];
      for (let node = head.nextSibling; node; node = node.nextSibling) rest.push(node);
      const moved: Node[] = [];
      for (const node of rest) {
        const el = node.nodeType === 1 ? (node as Element) : null;
        if (el && (el.localName === 'body' || el.localName === 'head')) {
          moved.push(...el.childNodes);
          if (el !== body) el.remove();
        } else moved.push(node);
      }
      body.replaceChildren(...moved);
      root!.append(body);
    }
  }
  return document as unknown as Document;
}

/** What a browser's parser moves into the head when it meets it after </head>, before <body>. */
const AFTER_HEAD = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'script', 'style', 'template', 'title']);
