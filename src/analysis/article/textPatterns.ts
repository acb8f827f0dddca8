/**
 * Short texts that are page furniture whatever box they sit in. Only ever applied to
 * short blocks (a label, a one-line pointer, a date line), never to paragraphs of prose.
 *
 * The patterns are lower case and matched against lower-cased text rather than with the
 * `i` flag: V8 compiles a case-insensitive pattern with non-ASCII letters several times more
 * slowly, and the content script pays every pattern's compilation afresh on each page.
 */

/** A label standing alone between paragraphs ("Advertisement", "Read more", "Image caption"). */
const LABEL = new RegExp(`^(?:${[
  'advertisement', 'advertising', 'advert', 'ad', 'ads', 'anzeige', 'publicidad',
  'publicité', 'pubblicità', 'werbung', 'sponsored', 'sponsored content', 'paid content',
  'story continues below(?: advertisement)?', 'article continues below(?: advertisement)?',
  'continue reading(?: below| the main story)?', 'read more', 'read next', 'read also',
  'leggi anche', 'lees ook', 'lire aussi', 'lea también', 'related', 'related articles',
  'related stories', 'related content', 'related coverage', 'see also', 'also read',
  'recommended', 'recommended for you', 'more on this', 'more on this story', 'more stories',
  'more from \\S+(?: \\S+)?', 'you may also like', 'you might also like', 'don\'?t miss',
  'trending', 'most read', 'most popular', 'share', 'share this', 'share this article',
  'share this story', 'share on \\w+', 'tweet', 'email', 'print', 'like this', 'like',
  'comments?', 'show comments', 'image caption', 'image copyright', 'media caption', 'photo',
  'getty images', '(?:image|photo|slide|picture) \\d+ (?:of|\\/) ?\\/? ?\\d*',
  'this slideshow requires javascript', 'listen to this article', 'skip advertisement',
  'scroll to continue(?: with content)?', 'loading(?:\\.\\.\\.|…)?', 'subscribe', 'sign up',
  'newsletter', 'tags', 'topics', 'filed under', 'next', 'previous', 'back to top',
].join('|')})\\W*$`);

/** A line that only points elsewhere ("Read more: <link>", "Like this story? Share it…"). */
const POINTER = /^(?:read more|read next|related|see more|see also|also read|read also|more|watch|listen|recommended|don'?t miss|must read|editor'?s picks?|click here|leggi anche|lire aussi|lees ook|siehe auch|mehr zum thema|lea también)\b\s*[:：\-–—]/;
const CALL_TO_ACTION = /^(?:subscribe|sign up|signup|follow us|follow \S+ on|join (?:us|our)|download (?:the|our)|get (?:the|our) \S+ (?:app|newsletter)|like this (?:story|article)|share this|click here|support (?:us|our)|become a (?:member|subscriber)|want more|enjoy(?:ed)? this)\b/;

export function isLabel(text: string): boolean {
  return text.length <= 60 && LABEL.test(text.toLowerCase());
}

/** A pointer line or a call to action; `hasLink` because these always carry a link or button. */
export function isPointer(text: string, hasLink: boolean): boolean {
  if (text.length > 200) return false;
  const lower = text.toLowerCase();
  if (hasLink && POINTER.test(lower)) return true;
  return (hasLink || text.length <= 80) && CALL_TO_ACTION.test(lower);
}

// English month names, then the common Romance and German ones (pages in those languages
// put "segunda-feira, 22 de janeiro de 2018 às 0:13" where English pages put a date line).
const MONTH = '(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|märz|juni|juli|oktober|dezember|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_NAME = new RegExp(MONTH);
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH}|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|posted|updated|published|last updated|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|[a-z]{2,4}t|ago|minutes?|hours?|days?|by|de|às|a las|le|à|il|alle|um|uhr|(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b`,
  'g',
);

/**
 * A date line ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: …", "2019-11-20 17:27"):
 * short, holds a number that looks like a date or time, and little else once the
 * date words are gone.
 */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  const lower = text.toLowerCase();
  if (!/\d{1,2}:\d{2}|\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(text) && !MONTH_NAME.test(lower)) return false;
  // Date words are found in the lower-cased text and cut from the original, whose case the
  // name test below needs (lower-casing keeps offsets except for a few rare letters: then
  // the lower-cased text is used throughout, and no word counts as capitalised).
  const source = lower.length === text.length ? text : lower;
  let rest = '';
  let from = 0;
  for (const m of lower.matchAll(DATE_WORDS)) {
    rest += `${source.slice(from, m.index)} `;
    from = m.index + m[0].length;
  }
  rest = `${rest}${source.slice(from)}`.replace(/[\d\s|:,./\-–—()]+/g, ' ').trim();
  const words = rest.split(/\s+/).filter(Boolean);
  // A date with at most a name beside it ("Jane Doe 2019-11-20 17:27") is a byline-dateline.
  return words.length <= 1 || (words.length <= 4 && words.every(startsUpperCase));
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** Whether a word starts with an upper-case letter (the Unicode-property pattern only for non-ASCII initials: it is slow to compile). */
function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_INITIAL.test(word);
}
