/** The article's text and its map back to the live DOM: line breaks, whitespace, offsets, highlight wrappers. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { buildArticleText } from '../../src/analysis/article/articleText.ts';
import { detectArticle } from '../../src/analysis/article/detectArticle.ts';
import { endPoint, startPoint, textOffsetOf } from '../../src/analysis/article/textPositions.ts';

const BODY = `<article>
  <h2>Tide   tables</h2>
  <p>The <b>harbour</b> master<i>’s</i> office said the tide would turn at noon.</p>
  <div>The second block<br>continues after a break.<span class="skip">Share</span></div>
  <p>With&nbsp;a non-breaking space and   runs of    spaces.<script>var x = 1;</script></p>
  <ul><li>one</li><li>two</li></ul><p>end</p>
</article>`;

function region(doc: Document) {
  const root = doc.querySelector('article')!;
  return { roots: [root], excluded: new Set(Array.from(doc.querySelectorAll('.skip'))) };
}

const linkedomDoc = (): Document => parseHTML(`<html><body>${BODY}</body></html>`).document as unknown as Document;
const jsdomDoc = (): Document => new JSDOM(`<html><body>${BODY}</body></html>`).window.document;

test('block boundaries and <br> become line breaks, inline markup glues nothing, whitespace collapses', () => {
  for (const doc of [linkedomDoc(), jsdomDoc()]) {
    const { text } = buildArticleText(region(doc));
    assert.equal(text, [
      'Tide tables',
      'The harbour master’s office said the tide would turn at noon.',
      'The second block',
      'continues after a break.',
      'With a non-breaking space and runs of spaces.',
      'one',
      'two',
      'end',
    ].join('\n'));
  }
});

test('every character maps to the DOM and back (text nodes that are not split)', () => {
  const doc = jsdomDoc();
  const at = buildArticleText(region(doc));
  for (let i = 0; i < at.text.length; i++) {
    const ch = at.text[i]!;
    const point = startPoint(at, i);
    assert.ok(point, `offset ${i}`);
    if (ch === '\n') continue; // a synthetic break maps to the next character
    const source = point.node.data[point.offset]!;
    assert.ok(source === ch || (ch === ' ' && /\s/.test(source)), `offset ${i}: ${JSON.stringify(ch)} vs ${JSON.stringify(source)}`);
    assert.equal(textOffsetOf(at, point.node, point.offset), i, `round trip at ${i}`);
    const end = endPoint(at, i + 1);
    assert.ok(end && end.node === point.node && end.offset === point.offset + 1, `end point after ${i}`);
  }
});

test('highlight wrappers are transparent: wrapping a word keeps the text and its membership', () => {
  const doc = jsdomDoc();
  const before = buildArticleText(region(doc)).text;
  const bold = doc.querySelector('b')!;
  const word = bold.firstChild as Text;
  const tail = word.splitText(3); // "har" | "bour"
  const hl = doc.createElement('newsmark-hl');
  bold.insertBefore(hl, tail);
  hl.appendChild(tail);
  assert.equal(buildArticleText(region(doc)).text, before);
});

test('detection runs on a browser-grade DOM (jsdom) the same as on linkedom', () => {
  const html = readFileSync(new URL('../fixtures/pages/news-story.html', import.meta.url), 'utf8');
  const a = detectArticle(new JSDOM(html).window.document, { url: 'https://example.test/a' });
  const b = detectArticle(parseHTML(html).document as unknown as Document, { url: 'https://example.test/a' });
  assert.ok(a && b);
  assert.equal(buildArticleText(a.region).text, buildArticleText(b.region).text);
  assert.deepEqual(a.metadata, b.metadata);
});

/** `html` in a body, parsed by linkedom (the CLI's DOM) and by jsdom (a browser-grade one). */
const bothDoms = (html: string): Document[] => [
  parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document,
  new JSDOM(`<html><body>${html}</body></html>`).window.document,
];

/** Every character but a line break comes from its DOM point (a space from collapsed whitespace), and maps back to its offset. */
function assertMapsBack(at: ReturnType<typeof buildArticleText>): void {
  for (let i = 0; i < at.text.length; i++) {
    if (at.text[i] === '\n') continue;
    const point = startPoint(at, i)!;
    const source = point.node.data[point.offset]!;
    assert.ok(source === at.text[i] || (at.text[i] === ' ' && /\s/.test(source)), `offset ${i}`);
    assert.equal(textOffsetOf(at, point.node, point.offset), i, `round trip at ${i}`);
  }
}

test('whitespace next to no-break spaces, at node edges and in tabs collapses as the browser shows it, and still maps back', () => {
  const html = '<article><p>A\u00a0 b \u00a0c\t d<b> e </b> f\u00a0\u00a0g  \n h\u00a0</p><p> i</p></article>';
  for (const doc of bothDoms(html)) {
    const at = buildArticleText({ roots: [doc.querySelector('article')!], excluded: new Set() });
    // A no-break space reads as a space; a space right after one collapses into it (one before it does not).
    assert.equal(at.text, 'A b  c d e f  g h \ni');
    assertMapsBack(at);
  }
});

test('preformatted text keeps its paragraphs apart at blank lines (one split by a comment too), joins its hard-wrapped lines, and still maps back', () => {
  const html = '<article><pre>Shelf Storage Protocol\n\n<span class="h2">2.  Terminology</span>\n\n   The key words in this\n   document are read as usual.\n   \n   All requests carry a token.\n<!-- page break -->\nTokens expire.</pre><p>After   the  pre.</p></article>';
  for (const doc of bothDoms(html)) {
    const at = buildArticleText({ roots: [doc.querySelector('article')!], excluded: new Set() });
    assert.equal(at.text, [
      'Shelf Storage Protocol',
      '2. Terminology',
      'The key words in this document are read as usual.',
      'All requests carry a token.',
      'Tokens expire.',
      'After the pre.',
    ].join('\n'));
    assertMapsBack(at);
  }
});
