/** The `analyze` CLI as CONTRACTS.md describes it, run from source (the same code dist/cli.js bundles). */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { test } from 'node:test';

const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const run = (args: string[], input?: string) => spawnSync(process.execPath, [...CLI, ...args], { input, encoding: 'utf8' });

test('analyze PAGE.html prints one result object with the article, people and claims', () => {
  const out = run(['analyze', 'tests/fixtures/site/article.html', '--url', 'http://127.0.0.1/article.html']);
  assert.equal(out.status, 0, out.stderr);
  const result = JSON.parse(out.stdout);
  assert.equal(result.article.title, 'Ministers clash over Northport shipping deal');
  assert.equal(result.article.siteName, 'The Harbour Ledger');
  assert.equal(result.article.lang, 'en');
  assert.equal(result.article.publishedTime, '2026-03-02T09:30:00.000Z');
  assert.ok(!result.article.text.includes('Post comment'), 'no comment form in the article text');
  assert.ok(!result.article.text.includes('Related'), 'no related list in the article text');
  const varga = result.people.find((p: { name: string }) => p.name === 'Elena Varga');
  assert.ok(varga, 'Elena Varga found');
  for (const m of varga.mentions) assert.equal(result.article.text.slice(m.start, m.end), m.text);
  assert.ok(varga.mentions.some((m: { text: string }) => m.text === 'Varga'));
  assert.ok(result.claims.length >= 1);
  for (const c of result.claims) {
    assert.equal(result.article.text.slice(c.start, c.end), c.text);
    assert.equal('reason' in c, false, 'only contract fields');
  }
});

/** Three paragraphs of an invented council story, and the article the CLI reads from a page around them (asserting it holds them). */
const para = (topic: string): string => `<p>The council looked at ${topic} again this week, weighing the cost of the proposal, the views of residents, and the advice of its engineers, before agreeing to publish its findings.</p>`;
const story = `${para('the bridge')}${para('the detour')}${para('the budget')}`;
function articleOf(html: string): { text: string; title: string; lang: string | null; byline: string | null } {
  const out = run(['analyze', '-'], html);
  assert.equal(out.status, 0, out.stderr);
  const { article } = JSON.parse(out.stdout);
  assert.ok(article.text.includes('looked at the bridge') && article.text.includes('looked at the budget'), article.text);
  return article;
}

test('a page with a second <html> tag is read as a browser reads it: one root (taking the attributes it lacks), the body with the story', () => {
  const article = articleOf(`<!DOCTYPE html><html>\n<html lang="fr"><head><title>Le pont rouvre</title></head><body><article><h1>Le pont rouvre</h1>${story}</article></body></html>`);
  assert.equal(article.lang, 'fr');
});

test('a page without an <html> start tag (it sits in a comment for old browsers) is read as a browser reads it', () => {
  const article = articleOf(`<!doctype html> <!--[if IE 8]> <html class="ie8" lang="en"> <![endif]--> <head><title>The bridge reopens</title></head><body><article><h1>The bridge reopens</h1>${story}</article></body>`);
  assert.equal(article.title, 'The bridge reopens');
});

test('a head element written after </head> goes back into the head, as a browser puts it, and the story is still found', () => {
  const article = articleOf(`<!DOCTYPE html><html lang="en"><head><title>The bridge reopens</title></head>\n<meta name="author" content="Iris Tamm">\n<body class="single-post"><article><h1>The bridge reopens</h1>${story}</article></body></html>`);
  assert.equal(article.byline, 'Iris Tamm');
});

test('content written before <body> opens the body, as in a browser: boxes ahead of a second <head>, then the body\'s own story', () => {
  articleOf(`<script>var preroll = 1;</script>\n<div id="banner"></div><div id="promo"></div>\n<head><title>The bridge reopens</title></head>\n<body><article><h1>The bridge reopens</h1>${story}</article></body>`);
});

test('analyze --text - reads stdin and leaves the text unchanged', () => {
  const text = 'Minister Elena Varga said the EU imposed an asset freeze on two directors.';
  const out = run(['analyze', '--text', '-'], text);
  assert.equal(out.status, 0, out.stderr);
  const result = JSON.parse(out.stdout);
  assert.equal(result.article.text, text);
  assert.equal(result.people[0]?.name, 'Elena Varga');
});

test('unusable input exits non-zero with a one-line message', () => {
  for (const args of [['analyze', 'no/such/file.html'], ['analyze', '--bogus'], ['frobnicate']]) {
    const out = run(args);
    assert.notEqual(out.status, 0);
    assert.equal(out.stderr.trim().split('\n').length, 1, out.stderr);
  }
  const notHtml = run(['analyze', 'package.json']);
  assert.notEqual(notHtml.status, 0);
});

test('analyze --jsonl answers each line as soon as it is ready, and survives a bad line', async () => {
  const child = spawn(process.execPath, [...CLI, 'analyze', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const ask = async (line: string) => {
    child.stdin!.write(`${line}\n`);
    return JSON.parse((await lines.next()).value as string);
  };
  const first = await ask(JSON.stringify({ id: 'a', text: 'Elena Varga spoke.' }));
  assert.equal(first.id, 'a');
  assert.equal(first.article.text, 'Elena Varga spoke.');
  const bad = await ask('{not json');
  assert.ok(bad.error);
  const page = await ask(JSON.stringify({ id: 7, html: '<html><body><p>hello</p></body></html>' }));
  assert.equal(page.id, 7);
  child.stdin!.end();
  await new Promise((r) => child.on('close', r));
});

test('arguments that contradict each other are refused, not ignored', () => {
  for (const args of [['analyze', '--jsonl', 'tests/fixtures/site/article.html'], ['analyze', '--jsonl', '--text', '-'], ['analyze', 'tests/fixtures/site/article.html', '--text', '-']]) {
    const out = run(args, '');
    assert.notEqual(out.status, 0, args.join(' '));
    assert.equal(out.stderr.trim().split('\n').length, 1, out.stderr);
  }
});

test('a reader that closes the pipe early ends the run quietly', async () => {
  const child = spawn(process.execPath, [...CLI, 'analyze', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.on('error', () => undefined); // the CLI may be gone before all lines are written
  const line = JSON.stringify({ id: 1, text: 'Minister Elena Varga spoke. '.repeat(200) });
  child.stdout.once('data', () => {
    child.stdout.destroy(); // the reader goes away after the first answer
    for (let i = 0; i < 50; i++) child.stdin.write(`${line}\n`);
    child.stdin.end();
  });
  child.stdin.write(`${line}\n`);
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});
