/**
 * Short texts that are page furniture whatever box they sit in. Only ever applied to
 * short blocks (a label, a one-line pointer, a date line), never to paragraphs of prose.
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
].join('|')})\\W*$`, 'i');

/** A line that only points elsewhere ("Read more: <link>", "Like this story? Share it…"). */
const POINTER = /^(?:read more|read next|related|see more|see also|also read|read also|more|watch|listen|recommended|don'?t miss|must read|editor'?s picks?|click here|leggi anche|lire aussi|lees ook|siehe auch|mehr zum thema|lea también)\b\s*[:：\-–—]/i;
const CALL_TO_ACTION = /^(?:subscribe|sign up|signup|follow us|follow \S+ on|join (?:us|our)|download (?:the|our)|get (?:the|our) \S+ (?:app|newsletter)|like this (?:story|article)|share this|click here|support (?:us|our)|become a (?:member|subscriber)|want more|enjoy(?:ed)? this)\b/i;

export function isLabel(text: string): boolean {
  return text.length <= 60 && LABEL.test(text);
}

/** A pointer line or a call to action; `hasLink` because these always carry a link or button. */
export function isPointer(text: string, hasLink: boolean): boolean {
  if (text.length > 200) return false;
  if (POINTER.test(text) && hasLink) return true;
  return CALL_TO_ACTION.test(text) && (hasLink || text.length <= 80);
}

// English month names, then the common Romance and German ones (pages in those languages
// put "segunda-feira, 22 de janeiro de 2018 às 0:13" where English pages put a date line).
const MONTH = '(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|märz|juni|juli|oktober|dezember|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH}|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|posted|updated|published|last updated|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|[a-z]{2,4}t|ago|minutes?|hours?|days?|by|de|às|a las|le|à|il|alle|um|uhr|(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b`,
  'gi',
);

/**
 * A date line ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: …", "2019-11-20 17:27"):
 * short, holds a number that looks like a date or time, and little else once the
 * date words are gone.
 */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  if (!/\d{1,2}:\d{2}|\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(text) && !new RegExp(MONTH, 'i').test(text)) return false;
  const rest = text.replace(DATE_WORDS, ' ').replace(/[\d\s|:,./\-–—()]+/g, ' ').trim();
  const words = rest.split(/\s+/).filter(Boolean);
  // A date with at most a name beside it ("Jane Doe 2019-11-20 17:27") is a byline-dateline.
  return words.length <= 1 || (words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)));
}
