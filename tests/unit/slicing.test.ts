import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { buildArticleText } from '../../src/analysis/article/articleText.ts';
import { analyzeText, blockSlices } from '../../src/analysis/analyzeText.ts';
import { runSliced, runToEnd } from '../../src/shared/steps.ts';
import { detectArticleSteps } from '../../src/analysis/article/detectArticle.ts';
import { analyzeTextSteps } from '../../src/analysis/analyzeText.ts';
import { drawHighlights, type HighlightSpec } from '../../src/content/highlighter.ts';

const paragraph = (i: number) => `Minister Elena Varga met Tomas Reinholt on day ${i}. The European Union imposed an asset freeze on two directors of the firm, officials said.`;

test('blockSlices covers the text exactly, cutting only after line breaks', () => {
  const text = Array.from({ length: 50 }, (_, i) => paragraph(i)).join('\n');
  const slices = blockSlices(text, 500);
  assert.ok(slices.length > 5);
  assert.equal(slices.map(([a, b]) => text.slice(a, b)).join(''), text);
  for (const [, to] of slices.slice(0, -1)) assert.equal(text[to - 1], '\n');
});

test('the sliced analysis gives exactly the result of the one-go analysis', async () => {
  const text = Array.from({ length: 120 }, (_, i) => paragraph(i)).join('\n');
  let pauses = 0;
  const sliced = await runSliced(analyzeTextSteps(text), async () => { pauses++; }, 0);
  assert.deepEqual(sliced, analyzeText(text));
  assert.ok(pauses > 2, 'the work was cut into slices');
});

test('drawing thousands of highlights in slices wraps each exactly once, nested where they overlap', () => {
  const html = Array.from({ length: 400 }, (_, i) => `<p>${paragraph(i)}</p>`).join('');
  const doc = new JSDOM(`<html><body><article>${html}</article></body></html>`).window.document;
  const at = buildArticleText({ roots: [doc.querySelector('article')!], excluded: new Set() });
  const specs: HighlightSpec[] = [];
  for (let from = 0, i = 0; (from = at.text.indexOf('Elena Varga', from)) !== -1; from += 1, i++) {
    specs.push({ start: from, end: from + 'Elena Varga'.length, kind: 'person', data: {} });
    const sentenceEnd = at.text.indexOf('.', from) + 1;
    specs.push({ start: from - 'Minister '.length, end: sentenceEnd, kind: 'claim', data: {} });
  }
  drawHighlights(at, specs);
  const people = Array.from(doc.querySelectorAll('newsmark-hl[data-newsmark-kind="person"]'));
  assert.equal(people.length, 400);
  assert.ok(people.every((el) => el.textContent === 'Elena Varga' && el.parentElement?.getAttribute('data-newsmark-kind') === 'claim'));
  assert.equal(doc.body.textContent, Array.from({ length: 400 }, (_, i) => paragraph(i)).join(''));
});

test('detection on a story under thousands of comments runs in many steps, with the result of a run without pauses', async () => {
  const story = Array.from({ length: 12 }, (_, i) => `<p>${paragraph(i)}</p>`).join('');
  const comments = Array.from({ length: 2500 }, (_, i) =>
    `<li class="comment"><div class="head"><a href="/u/${i}">reader${i}</a> <time>1 hour ago</time></div><div class="body"><p>Comment number ${i}.</p></div></li>`).join('');
  const doc = new JSDOM(`<html><body><article><h1>Harbour news</h1>${story}</article><section class="comments"><ol>${comments}</ol></section></body></html>`).window.document;
  assert.ok(doc.getElementsByTagName('*').length > 12_000);
  let pauses = 0;
  const sliced = await runSliced(detectArticleSteps(doc), async () => { pauses++; }, 0);
  assert.ok(pauses >= 8, `the page walk was cut into steps (${pauses} pauses)`);
  const whole = runToEnd(detectArticleSteps(doc));
  assert.ok(sliced && whole);
  assert.deepEqual(sliced.region.roots, whole.region.roots);
  assert.deepEqual([...sliced.region.excluded], [...whole.region.excluded]);
  assert.equal(buildArticleText(sliced.region).text, buildArticleText(whole.region).text);
  assert.ok(buildArticleText(sliced.region).text.includes('Minister Elena Varga met Tomas Reinholt on day 11.'));
});

test('claims are read in English text only: a French story about "sanctions financières" for strikers has none', () => {
  // Invented.
  const french = 'Le recteur a répondu qu’il n’y aurait pas de sanctions financières contre les enseignants grévistes, selon un responsable syndical. ' +
    'Les professeurs ont voté la poursuite du mouvement lors de l’assemblée générale, et la prochaine réunion aura lieu mardi dans la salle des fêtes de la ville.';
  assert.deepEqual(analyzeText(french).claims, []);
  const english = 'The rector said there would be no sanctions, and the European Union imposed an asset freeze on two directors of the firm, officials said.';
  assert.ok(analyzeText(english).claims.length >= 1);
});
