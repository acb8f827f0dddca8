/**
 * An invented news article of about 20,000 words, for the long-task check of bench:pages
 * ("no main-thread task over 50 ms on a 20,000-word page"). Deterministic (seeded), written
 * from templates and made-up names: no text from ../shared or the web.
 */
const FIRST = ['Marta', 'Oskar', 'Lenora', 'Tobiah', 'Ilse', 'Ramon', 'Cressida', 'Yusuf', 'Agathe', 'Bertil', 'Noor', 'Dmitar', 'Soraya', 'Elio', 'Hanne', 'Kasimir'];
const LAST = ['Velborne', 'Quistgaard', 'Arrowmere', 'Talvinen', 'Okonkwo-Reyes', 'Mardsen', 'Fellowes', 'Brennick', 'Isterhof', 'Calderwood', 'Nyborg', 'Pasquarel', 'Dunmore', 'Hallstrom', 'Zelenko', 'Ashbury'];
const TITLES = ['Minister', 'Senator', 'Governor', 'Ambassador', 'President', 'Director'];
const PLACES = ['Norvania', 'the Kestrel Islands', 'Port Aldwin', 'the Velen Republic', 'Ostmark', 'Caldera Bay'];
const THINGS = ['grain exports', 'the harbour authority', 'two shipping firms', 'a state bank', 'the copper trade', 'drone components', 'the fishing fleet', 'three refineries'];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function largeArticleHtml(targetWords = 20_000, seed = 7) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const templates = [
    () => `${pick(TITLES)} ${person()} said on Tuesday that talks with ${pick(PLACES)} would resume after the holiday.`,
    () => `The council imposed sanctions on ${pick(THINGS)} in ${pick(PLACES)}, freezing assets held abroad.`,
    () => `${person()}, who leads the trade delegation, warned that new export controls might follow if the talks failed.`,
    () => `Officials in ${pick(PLACES)} said the embargo on ${pick(THINGS)} had been eased in March, according to ${person()}.`,
    () => `Residents of ${pick(PLACES)} queued for hours outside the market, where prices for bread and fuel rose again.`,
    () => `"We have waited long enough," ${pick(LAST)} told reporters, adding that the harbour would stay open through the winter.`,
    () => `Analysts expect the currency to weaken further, while the central bank has kept interest rates unchanged since spring.`,
    () => `The report, published by a research group in ${pick(PLACES)}, counted more than ${Math.floor(r() * 900 + 100)} ships in the strait last month.`,
    () => `${person()} and ${person()} met in ${pick(PLACES)} to discuss whether the travel ban on senior officials should be lifted.`,
    () => `Critics say the rules are easy to evade, pointing to cargo that changes flags twice before it reaches ${pick(PLACES)}.`,
  ];
  const paragraphs = [];
  let words = 0;
  while (words < targetWords) {
    const sentences = [];
    const n = 3 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) sentences.push(pick(templates)());
    const p = sentences.join(' ');
    words += p.split(/\s+/).length;
    paragraphs.push(p);
  }
  const body = paragraphs.map((p, i) => (i > 0 && i % 25 === 0 ? `<h2>Part ${i / 25 + 1}</h2>\n<p>${p}</p>` : `<p>${p}</p>`)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A long report from the harbour towns | The Invented Courier</title>
<meta property="og:type" content="article"><meta name="author" content="Agathe Nyborg">
<style>body{font:17px/1.6 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem} nav a{margin-right:1rem}</style></head>
<body>
<nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><a href="/opinion">Opinion</a></nav>
<main><article>
<h1>A long report from the harbour towns</h1>
<p class="byline">By Agathe Nyborg</p>
${body}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ports reopen after the storm</a></li><li><a href="/b">Grain prices fall again</a></li></ul></aside>
</main>
<footer><p>© The Invented Courier</p></footer>
</body></html>`;
}

/**
 * An invented story of ordinary length under a comment section of `comments` comments (about
 * twelve elements each: some 48,000 elements for 4,000), for the long-task check on pages whose
 * size is in their markup rather than in their article. Deterministic, made-up text.
 */
export function crowdedStoryHtml(comments = 4000, seed = 11) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const story = Array.from({ length: 14 }, (_, i) =>
    `<p>${pick(TITLES)} ${person()} said on day ${i + 1} of the talks that ${pick(THINGS)} in ${pick(PLACES)} would be inspected again, after officials warned that export controls might be tightened if the cargo records did not match.</p>`).join('\n');
  const thread = Array.from({ length: comments }, (_, i) =>
    `<li class="comment" id="c${i}"><div class="comment-head"><img alt="" width="24" height="24"><a href="/u/${i}">reader${i}</a> <time datetime="2024-05-0${1 + (i % 9)}">${1 + (i % 23)} hours ago</time></div>` +
    `<div class="comment-body"><p>${pick(['I doubt it.', 'Same story every winter in', 'Good reporting on', 'Who pays for this in'])} ${pick(PLACES)}, comment ${i}.</p></div>` +
    `<div class="comment-actions"><button>Reply</button> <button>Like</button> <span>${i % 17}</span> <a href="#c${i}">Link</a></div></li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cargo checks to resume | The Invented Courier</title>
<meta property="og:type" content="article"></head>
<body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<main><article>
<h1>Cargo checks to resume</h1>
${story}
</article>
<section class="comments"><h2>${comments} comments</h2><ol>
${thread}
</ol></section></main>
<footer><p>© The Invented Courier</p></footer>
</body></html>`;
}
