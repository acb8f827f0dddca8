/** Article detection on small invented pages: what is the story, what is furniture, what is no article. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { buildArticleText } from '../../src/analysis/article/articleText.ts';
import { detectArticle } from '../../src/analysis/article/detectArticle.ts';

const page = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

function articleText(html: string, url: string | null = 'https://example.test/news/story'): string | null {
  const detected = detectArticle(parse(html), { url });
  return detected ? buildArticleText(detected.region).text : null;
}

/** A paragraph of invented prose long enough to count as one. */
const prose = (topic: string): string =>
  `<p>The committee looked at ${topic} again this week, weighing the cost of the proposal, the views of residents, and the advice of its engineers, before agreeing to publish its findings later in the year.</p>`;

test('a news story: the body paragraphs, without nav, headline, byline, share bar, captions, ads, related list, sign-up, tags, bio, comments, sidebar or footer', () => {
  const text = articleText(page('news-story.html'));
  assert.ok(text);
  for (const kept of ['Residents of Pellow Cove voted', 'The parish council said', 'Supporters of the plan', '“We are not pretending', 'Engineers will survey']) {
    assert.ok(text.includes(kept), `keeps: ${kept}`);
  }
  for (const dropped of [
    'Weather', 'Harbour town votes', 'By Mara Quill', 'Published: Tue', 'Share on Bluesky', 'The mill wheel has not turned', 'Advertisement',
    'Related stories', 'Sluice gates fail', 'morning briefing', 'Heritage', 'covers the south coast', 'I grew up near the mill',
    'waste of money', 'Most read', 'Ferry timetable', 'All rights reserved',
  ]) {
    assert.ok(!text.includes(dropped), `drops: ${dropped}`);
  }
  assert.equal(text.split('\n').length, 5, 'one line per paragraph');
});

test('metadata: headline, byline, site, ISO date, language, canonical URL', () => {
  const detected = detectArticle(parse(page('news-story.html')), { url: 'https://coastal-ledger.example/news/2024/03/tidal-mill-vote?utm_source=feed' });
  assert.ok(detected);
  assert.deepEqual(detected.metadata, {
    title: 'Harbour town votes to rebuild its tidal mill',
    byline: 'Mara Quill',
    siteName: 'The Coastal Ledger',
    publishedTime: '2024-03-05T08:30:00.000Z',
    lang: 'en',
    url: 'https://www.coastal-ledger.example/news/2024/03/tidal-mill-vote/',
  });
});

test('a story split across sibling boxes by an ad slot: every chunk is kept, the ad is not', () => {
  const detected = detectArticle(parse(page('split-story.html')), { url: 'https://example.test/travel/night-trains' });
  assert.ok(detected);
  const text = buildArticleText(detected.region).text;
  for (const kept of ['For the first time in eleven years', 'The operator said', 'Local businesses along the route', 'Rail campaigners']) {
    assert.ok(text.includes(kept), `keeps: ${kept}`);
  }
  for (const dropped of ['Sponsored', 'spa weekend', 'Valley Courier', 'Imprint', 'Night trains return']) assert.ok(!text.includes(dropped), `drops: ${dropped}`);
  assert.equal(detected.metadata.byline, 'Jonas Brettel');
  assert.equal(detected.metadata.lang, 'de');
  assert.equal(detected.metadata.title, 'Night trains return to the valley line');
});

test('an unclosed named anchor (`<a name>`) around the whole page is a place to jump to, not a link: the story under it is found', () => {
  const html = `<html><body><a name="top"><div id="masthead"><a href="/">The Valley Courier</a></div>
    <div id="story"><h1>Library hours extended</h1>${prose('the library')}${prose('the reading room')}${prose('the archive')}</div>
    <div id="links"><a href="/a">Weather</a> <a href="/b">Sport</a></div></body></html>`;
  const text = articleText(html);
  assert.ok(text, 'an article');
  assert.ok(text.includes('looked at the library') && text.includes('looked at the archive'));
  assert.ok(!text.includes('Weather'));
});

test('a story whose first paragraphs each sit in a box of their own, then a related list, then the rest: all of it; a lone standfirst box: not', () => {
  const lead = (n: string, topic: string): string => `<div class="${n}Par">${prose(topic)}</div>`;
  const html = `<html><body><div id="main"><h1>Harbour wall repaired</h1>
    <div class="standfirst"><p>The town has its harbour wall back, a year after the storm that broke it in two places.</p></div>
    <div class="dateline">9:40AM 5 Oct 2024</div>
    ${lead('first', 'the harbour wall')}${lead('second', 'the storm damage')}${lead('third', 'the insurance claim')}
    <div class="related"><h2>Related</h2><ul><li><a href="/a">Storm closes ferry</a></li><li><a href="/b">Wall appeal</a></li></ul></div>
    <div class="body">${prose('the contractor')}${['stone', 'tides', 'cranes', 'divers', 'lighting', 'railings', 'moorings', 'signs', 'access', 'the cost'].map((t) => prose(t)).join('')}${prose('the next repairs')}</div>
  </div></body></html>`;
  const text = articleText(html);
  assert.ok(text);
  for (const kept of ['the harbour wall', 'the storm damage', 'the insurance claim', 'the contractor', 'the next repairs']) assert.ok(text.includes(`looked at ${kept}`), `keeps: ${kept}`);
  assert.ok(text.indexOf('the harbour wall') < text.indexOf('the contractor'), 'in document order');
  assert.ok(!text.includes('Storm closes ferry'), 'no related list');
  assert.ok(!text.includes('has its harbour wall back'), 'no standfirst');
});

test('a date line in an inline box between line breaks is not running text: it leaves the article', () => {
  const html = `<html><body><div class="story"><span class="headline"><h1>Ferry fares frozen</h1></span>
    <span class="byline"><a href="/staff/ines">By Ines Marlow</a></span><span class="brPubDate"><br></span>
    <span class="stamp">Posted: 11/18/2024&nbsp;&nbsp;2:27 AM</span><span class="brModDate"><br></span>
    <div class="entry"><span class="text">${['ferry fares', 'the winter timetable', 'the harbour dues'].map((t) => prose(t).replace(/<\/?p>/g, '')).join('<br><br>')}</span></div></div></body></html>`;
  const text = articleText(html);
  assert.ok(text);
  assert.ok(text.includes('The committee looked at ferry fares') && text.includes('looked at the harbour dues'));
  assert.ok(!text.includes('2:27'), 'no date line');
});

test('a long comment thread does not outscore a shorter story', () => {
  const comments = Array.from({ length: 12 }, (_, i) => `<li class="comment">${prose(`reader view number ${i}, which argued at length`)}</li>`).join('');
  const html = `<html><body><article><h1>Bridge to reopen</h1>${prose('the bridge')}${prose('the detour')}${prose('the budget')}</article>
    <section id="comments"><h2>42 comments</h2><ol>${comments}</ol></section></body></html>`;
  const text = articleText(html);
  assert.ok(text);
  assert.ok(text.includes('looked at the bridge') && text.includes('looked at the budget'));
  assert.ok(!text.includes('reader view number'), 'no comments');
});

test('a live-news feed in an <aside> longer than the story beside it is still not the story', () => {
  const feed = Array.from({ length: 12 }, (_, i) => `<li><div class="item"><span class="time">1${i % 10}:05</span>${prose(`live update number ${i}, on another matter,`)}</div></li>`).join('');
  const html = `<html><body><div class="page"><div class="main-column"><h1>Ferry fares to rise</h1><div>${prose('the ferry fares')}${prose('the timetable')}${prose('the harbour fees')}</div></div>
    <aside class="column"><div class="live"><h2>Live</h2><ul class="feed">${feed}</ul></div></aside></div></body></html>`;
  const text = articleText(html);
  assert.ok(text);
  assert.ok(text.includes('looked at the ferry fares') && text.includes('looked at the harbour fees'), 'the story');
  assert.ok(!text.includes('live update number'), 'no feed');
});

test('a box of teasers beside the story (linked headlines over summaries) is not a further chunk of it', () => {
  const teaser = (n: number): string =>
    `<div class="block"><h4><span>Opinion</span> <a href="/opinion/${n}">Column number ${n} on the budget</a></h4><p>Column number ${n} argues at length, with figures, that the council should spend less on roads and more on the harbour, and says why.</p></div>`;
  const html = `<html><body><div id="page"><div class="story-body">${prose('the ferry fares')}${prose('the timetable')}${prose('the harbour fees')}</div>
    <div class="group more-columns"><h2>Other columns</h2>${[1, 2, 3, 4, 5].map(teaser).join('')}</div></div></body></html>`;
  const text = articleText(html);
  assert.ok(text);
  assert.ok(text.includes('looked at the ferry fares') && text.includes('looked at the harbour fees'), 'the story');
  assert.ok(!text.includes('Column number'), 'no teasers');
});

test('a real further chunk of the story stays, with a related box of linked headlines inside it or with subheadings linked to themselves', () => {
  const related = '<aside class="related"><h3><a href="/a">Harbour dredging starts</a></h3><h3><a href="/b">Pier to close for repairs</a></h3></aside>';
  const sections = '<h2 id="fees"><a href="#fees">The fees</a></h2>' + prose('the fees') + '<h2 id="votes"><a href="#votes">The vote</a></h2>' + prose('the vote');
  for (const chunk of [`${prose('the second chunk')}${related}${prose('the third chunk')}`, sections]) {
    const html = `<html><body><div id="page"><div class="story-body">${prose('the ferry fares')}${prose('the timetable')}${prose('the harbour fees')}</div>
      <div class="story-body-2">${chunk}</div></div></body></html>`;
    const text = articleText(html);
    assert.ok(text);
    assert.ok(text.includes('looked at the ferry fares'), 'the first chunk');
    assert.ok(text.includes(chunk === sections ? 'looked at the vote' : 'looked at the third chunk'), 'the further chunk');
  }
});

test('a story opened in a dialog that wraps the page is still found; a navigation role, like an aside, never holds it', () => {
  const story = `<h1>Ferry fares to rise</h1>${prose('the ferry fares')}${prose('the timetable')}${prose('the harbour fees')}`;
  const inDialog = articleText(`<html><body><div role="dialog" aria-modal="true"><article>${story}</article></div></body></html>`);
  assert.ok(inDialog?.includes('looked at the harbour fees'));
  const menu = Array.from({ length: 12 }, (_, i) => `<p>Menu entry ${i}, on another matter, ${prose(`section number ${i}`).slice(3, -4)}</p>`).join('');
  const html = `<html><body><div class="wrap"><div class="main-column"><div>${prose('the ferry fares')}${prose('the timetable')}${prose('the harbour fees')}</div></div>
    <div role="navigation"><div class="menu-wrap"><div class="items">${menu}</div></div></div></div></body></html>`;
  const text = articleText(html);
  assert.ok(text?.includes('looked at the ferry fares'), 'the story');
  assert.ok(!text?.includes('section number'), 'not the navigation');
});

test('share bars, "read more" pointers and teaser lists inside the body are dropped; lists of prose stay', () => {
  const html = `<html><body><div class="post-content">
    ${prose('the harbour')}
    <div class="social-share"><a href="#">Facebook</a><a href="#">X</a></div>
    <p><strong>Read more:</strong> <a href="/other">Council delays the harbour vote again</a></p>
    ${prose('the quay')}
    <ul><li>The first option would widen the quay by twelve metres over two summers.</li><li>The second option would leave the quay as it is and dredge the channel.</li></ul>
    ${prose('the channel')}
    <h3>More stories</h3>
    <ul><li><a href="/a">Ferry fares to rise in spring</a></li><li><a href="/b">New lifeboat named after volunteer</a></li></ul>
  </div></body></html>`;
  const text = articleText(html);
  assert.ok(text);
  assert.ok(text.includes('The first option would widen the quay'), 'a list of prose in the middle stays');
  for (const dropped of ['Facebook', 'Read more', 'Council delays', 'More stories', 'Ferry fares']) assert.ok(!text.includes(dropped), `drops: ${dropped}`);
});

test('a figure caption and photo credit are not article text, the paragraphs around them are', () => {
  const html = `<html><body><article>${prose('the lighthouse')}
    <figure><img src="a.jpg"><figcaption>The lighthouse at dusk. Photo: Staff</figcaption></figure>
    ${prose('the keeper')}${prose('the lamp')}</article></body></html>`;
  const text = articleText(html);
  assert.ok(text);
  assert.ok(!text.includes('lighthouse at dusk'));
  assert.ok(text.includes('looked at the keeper'));
});

test('pages that are not articles give null: a front page of teasers, search results, a web app', () => {
  assert.equal(articleText(page('front-page.html'), 'https://coastal-ledger.example/'), null);
  assert.equal(articleText(page('front-page.html'), 'https://coastal-ledger.example/section/news'), null);

  const results = Array.from({ length: 10 }, (_, i) =>
    `<li><h3><a href="/r/${i}">Result ${i}: tide tables and harbour times</a></h3><p>Tide tables for the harbour, updated daily.</p></li>`).join('');
  const search = `<html><body><form role="search"><input name="q"><button>Search</button></form><ol class="results">${results}</ol></body></html>`;
  assert.equal(articleText(search, 'https://example.test/search?q=tides'), null);

  const app = `<html><body><div id="app"><div class="toolbar"><button>New</button><button>Open</button></div>
    <div class="panel"><label>Name <input></label><label>Colour <select><option>Red</option></select></label></div>
    <div class="status">Ready. 3 items selected.</div></div></body></html>`;
  assert.equal(articleText(app, 'https://example.test/app'), null);
});

test('a sibling box named as boilerplate does not continue the story, though its name also sounds like content ("ce_relatedArticles")', () => {
  const story = ['the harbour wall', 'the ferry timetable', 'the market hall', 'the bridge repairs', 'the lighthouse'].map(prose).join('');
  const related = `<div class="ce_relatedArticles block"><h3>More to read</h3><div class="teaser"><p>Salt is made of sodium and chlorine, two elements that on their own would be dangerous, but together season every meal, and the sea holds more of it than anyone could use.</p></div></div>`;
  const html = `<html><body><div id="main"><div class="mod_article"><div class="ce_text block">${story}</div>${related}</div></div></body></html>`;
  const text = articleText(html) ?? '';
  assert.ok(text.includes('the lighthouse'), text);
  assert.ok(!text.includes('Salt is made of sodium'), text);
});

test('a box named for what it carries beside the story ("o-section--has-ads") is still the story\'s', () => {
  const story = ['the harbour wall', 'the ferry timetable', 'the market hall', 'the bridge repairs'].map(prose).join('');
  const teasers = Array.from({ length: 6 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Story ${i}</a></h3><p>A short teaser for another story, number ${i}.</p></div>`).join('');
  const html = `<html><body><section class="o-section o-section--has-ads"><div class="article-copy">${story}</div></section><div class="more">${teasers}</div><div class="more">${teasers}</div><div class="more">${teasers}</div></body></html>`;
  const text = articleText(html) ?? '';
  assert.ok(text.includes('the harbour wall') && text.includes('the bridge repairs'), text);
  assert.ok(!text.includes('A short teaser'), text);
});

test('a short post with no links is an article: a paragraph of news and a line of thanks, under a blog\'s menu and footer', () => {
  const html = `<html><body><div id="wrap"><div class="menu"><a href="/">Home</a> <a href="/about">About</a> <a href="/dates">Dates</a></div>
    <h2>Choir night moves to the boathouse</h2><p class="date">Thursday, 3 May</p>
    <p>The village choir will rehearse in the old boathouse from next week, because the hall roof is being mended. Bring a warm coat, a folding chair and, if you have one, a torch for the towpath.</p>
    <p>Thanks to everyone who helped carry the piano down!</p>
    <div class="nav"><a href="/prev">← Older post</a> <a href="/next">Newer post →</a></div><div class="footer">Contact · Imprint</div></div></body></html>`;
  const text = articleText(html, 'https://example.test/2024/05/choir-night') ?? '';
  assert.ok(text.includes('rehearse in the old boathouse') && text.includes('carry the piano'), text);
  assert.ok(!text.includes('Older post') && !text.includes('Imprint'), text);
});

test('editable text is the reader’s own, never the article: a reply box inside the story is left out, a story being edited is no article', () => {
  const story = ['the harbour wall', 'the ferry timetable', 'the market hall', 'the bridge repairs'].map(prose).join('');
  const withReply = `<html><body><article><h1>Harbour news</h1>${story}<div class="reply" contenteditable="plaintext-only">My own reply about the harbour, being typed.</div></article></body></html>`;
  const text = articleText(withReply);
  assert.ok(text && text.includes('the ferry timetable'));
  assert.ok(!text.includes('My own reply'), 'the editable box is left out');

  const explicitlyNot = `<html><body><article><h1>Harbour news</h1>${story}<div contenteditable="false"><p>A fixed footnote about the harbour wall and its repairs, long enough to be read as part of the story text.</p></div></article></body></html>`;
  assert.ok(articleText(explicitlyNot)?.includes('A fixed footnote'), 'contenteditable="false" is not editable');

  assert.equal(articleText(`<html><body><main><h1>Draft</h1><article contenteditable="true">${story}</article></main></body></html>`), null, 'an editor holding the story');
  assert.equal(articleText(`<html><body contenteditable><article><h1>Draft</h1>${story}</article></body></html>`), null, 'an editable body');
});

test('meta tags are read as a query per key would: the first tag with the key counts even when empty, property, name and itemprop alike, in the body too', async () => {
  const { readMetadataFallbacks } = await import('../../src/analysis/article/metadata.ts');
  const doc = parse(`<html><head><title>Harbour news</title>
    <meta name="author" content=""><meta name="author" content="Second Author"><meta property="article:author" content="Rhea Pollard">
    <meta name="og:site_name" content="  The Harbour Ledger  "></head>
    <body><div itemscope><meta itemprop="datePublished" content="2024-03-05T08:00:00Z"></div></body></html>`);
  const fallbacks = readMetadataFallbacks(doc);
  assert.equal(fallbacks.byline, 'Rhea Pollard');
  assert.equal(fallbacks.siteName, 'The Harbour Ledger');
  assert.equal(fallbacks.publishedTime, '2024-03-05T08:00:00.000Z');
});

test('a title template printed without its headline ("| Site") gives way to the page\'s <h1>', async () => {
  const { cleanTitle } = await import('../../src/analysis/article/metadata.ts');
  const withH1 = parse(`<html><head><title>| The Pantry Notes</title></head><body><h1>
      Roasted Squash with Sage Butter   </h1></body></html>`);
  assert.equal(cleanTitle(withH1, withH1.title, null), 'Roasted Squash with Sage Butter');
  const withoutH1 = parse('<html><head><title>Ferry Times —</title></head><body><p>No heading here.</p></body></html>');
  assert.equal(cleanTitle(withoutH1, withoutH1.title, null), 'Ferry Times');
  const plain = parse('<html><head><title>Night trains return | Valley Post</title></head><body><h1>Night trains return</h1></body></html>');
  assert.equal(cleanTitle(plain, plain.title, 'Valley Post'), 'Night trains return');
});

test('character references left in metadata text are decoded, as text: JSON-LD values and meta tags escaped twice', async () => {
  const { decodeLeftoverEntities, readMetadataFallbacks } = await import('../../src/analysis/article/metadata.ts');
  assert.equal(decodeLeftoverEntities('Harbour&#8217;s new ferry'), 'Harbour’s new ferry');
  assert.equal(decodeLeftoverEntities('Mills &amp;#039;reopen&amp;#039;'), "Mills 'reopen'");
  assert.equal(decodeLeftoverEntities('<b>not markup</b> &lt;i&gt;'), '<b>not markup</b> <i>');
  assert.equal(decodeLeftoverEntities('Tides & times &unknown; &#0;'), 'Tides & times &unknown; &#0;');
  const doc = parse(`<html><head><meta property="og:title" content="Quay &amp;amp;#039;reopens&amp;amp;#039;">
    <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Tam&#237;s Oyelaran"}}</script></head><body></body></html>`);
  const fallbacks = readMetadataFallbacks(doc);
  assert.equal(fallbacks.title, "Quay 'reopens'");
  assert.equal(fallbacks.byline, 'Tamís Oyelaran');
});
