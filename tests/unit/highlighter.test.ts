import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { buildArticleText } from '../../src/analysis/article/articleText.ts';
import { clearHighlights, drawHighlights, type HighlightSpec } from '../../src/content/highlighter.ts';

function setup(html: string) {
  // jsdom, not linkedom: the highlighter needs a complete DOM (splitText, TreeWalker).
  const doc = new JSDOM(`<html><body>${html}</body></html>`).window.document;
  const root = doc.querySelector('article')!;
  return { doc, root, at: buildArticleText({ roots: [root], excluded: new Set(Array.from(doc.querySelectorAll('.skip'))) }) };
}

const spec = (text: string, phrase: string, kind: HighlightSpec['kind'], from = 0): HighlightSpec => {
  const start = text.indexOf(phrase, from);
  assert.ok(start >= 0, `phrase ${phrase}`);
  return { start, end: start + phrase.length, kind, data: { 'newsmark-test': phrase } };
};

const PAGE = `<nav>Menu Elena</nav><article><h1>Port   talks</h1><p>Minister <b>Elena Varga</b> met the board.</p>
  <div class="skip">Share this</div><p>Varga said the EU froze assets of two directors.</p></article>`;

test('wrappers carry the kind and data attributes and cover exactly the range', () => {
  const { doc, at } = setup(PAGE);
  drawHighlights(at, [spec(at.text, 'Elena Varga', 'person')]);
  const marks = Array.from(doc.querySelectorAll('newsmark-hl'));
  assert.equal(marks.map((m) => m.textContent).join(''), 'Elena Varga');
  assert.ok(marks.every((m) => m.getAttribute('data-newsmark-kind') === 'person'));
  assert.equal(marks[0]!.getAttribute('data-newsmark-test'), 'Elena Varga');
});

test('a range across elements is wrapped piece by piece; nested highlights nest', () => {
  const { doc, at } = setup(PAGE);
  const claim = spec(at.text, 'Varga said the EU froze assets of two directors.', 'claim');
  const person = spec(at.text, 'Varga', 'person', claim.start);
  const note = spec(at.text, 'Minister Elena', 'note');
  drawHighlights(at, [person, claim, note]);
  const inner = doc.querySelector('newsmark-hl[data-newsmark-kind="claim"] > newsmark-hl[data-newsmark-kind="person"]');
  assert.equal(inner?.textContent, 'Varga');
  const noted = Array.from(doc.querySelectorAll('newsmark-hl[data-newsmark-kind="note"]')).map((m) => m.textContent).join('');
  assert.equal(noted, 'Minister Elena');
  assert.equal(doc.querySelector('nav')!.innerHTML, 'Menu Elena');
  assert.equal(doc.querySelector('.skip')!.innerHTML, 'Share this');
});

test('clearing restores the exact text and leaves no wrapper; drawing again works', () => {
  const { doc, root, at } = setup(PAGE);
  const before = doc.body.textContent;
  const beforeHtml = root.innerHTML;
  drawHighlights(at, [spec(at.text, 'Elena Varga met', 'note'), spec(at.text, 'Varga', 'person')]);
  clearHighlights(doc);
  assert.equal(doc.querySelectorAll('newsmark-hl').length, 0);
  assert.equal(doc.body.textContent, before);
  assert.equal(root.innerHTML, beforeHtml);
  const again = buildArticleText({ roots: [root], excluded: new Set(Array.from(doc.querySelectorAll('.skip'))) });
  assert.equal(again.text, at.text);
  drawHighlights(again, [spec(again.text, 'board', 'note')]);
  assert.equal(doc.querySelector('newsmark-hl')?.textContent, 'board');
});

test('clearing joins only the pieces it split: the page’s own text nodes stay the same objects', () => {
  const doc = new JSDOM('<html><body><article><p>Minister Elena Varga met the board.</p></article></body></html>').window.document;
  const p = doc.querySelector('p')!;
  // The page keeps two adjacent text nodes of its own (as frameworks do), and an empty one.
  const own = p.firstChild as Text;
  const tail = own.splitText(20);
  const empty = doc.createTextNode('');
  p.appendChild(empty);
  const at = buildArticleText({ roots: [doc.querySelector('article')!], excluded: new Set() });
  drawHighlights(at, [spec(at.text, 'Elena Varga', 'person'), spec(at.text, 'met the', 'note')]);
  clearHighlights(doc);
  assert.deepEqual(Array.from(p.childNodes), [own, tail, empty]);
  assert.equal(own.data, 'Minister Elena Varga');
  assert.equal(tail.data, ' met the board.');
});

test('clearing leaves a page’s own newsmark-hl elements alone', () => {
  const doc = new JSDOM('<html><body><article><p>Minister Elena Varga met the board.</p><p><newsmark-hl data-newsmark-kind="note">forged</newsmark-hl></p></article></body></html>').window.document;
  const at = buildArticleText({ roots: [doc.querySelector('article')!], excluded: new Set() });
  drawHighlights(at, [spec(at.text, 'Elena Varga', 'person')]);
  clearHighlights(doc);
  assert.deepEqual(Array.from(doc.querySelectorAll('newsmark-hl')).map((el) => el.textContent), ['forged']);
});

test('one long text node with hundreds of highlights, drawn in slices and nested: exact wrappers, and clearing gives back the very same node and text', async () => {
  const line = (i: number) => `Minister Elena Varga said the sanctions on firm ${i} would be lifted, `;
  const original = Array.from({ length: 600 }, (_, i) => line(i)).join('');
  const { doc, root, at } = setup(`<article><pre>${original}</pre></article>`);
  const node = root.querySelector('pre')!.firstChild as Text;
  const specs: HighlightSpec[] = [];
  for (let i = 0, from = 0; i < 600; i++) {
    const person = spec(at.text, 'Elena Varga', 'person', from);
    const claim = spec(at.text, `the sanctions on firm ${i} would be lifted`, 'claim', from);
    specs.push(person, { ...claim, start: person.start }); // the claim starts at the name: the two nest
    from = claim.end;
  }
  drawHighlights(at, specs);
  const people = Array.from(doc.querySelectorAll('newsmark-hl[data-newsmark-kind="person"]'));
  assert.equal(people.length, 600);
  assert.ok(people.every((el) => el.textContent === 'Elena Varga' && el.parentElement?.getAttribute('data-newsmark-kind') === 'claim'));
  assert.equal(root.textContent, original, 'the page text is unchanged while drawn');
  clearHighlights(doc);
  assert.equal(doc.querySelectorAll('newsmark-hl').length, 0);
  assert.equal(root.querySelector('pre')!.childNodes.length, 1);
  assert.equal(root.querySelector('pre')!.firstChild, node, 'the original text node, not a copy');
  assert.equal(node.data, original);
});
