/**
 * A byline as a reader would write it: the names, without "By", the date and time, the
 * reading time, a social handle or the share buttons that sites print in the same box.
 * "Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read" → "Bryan DeArdo";
 * "October 14, 2009|Marc Lifsher" → "Marc Lifsher". Null when nothing like a name is left
 * (a URL, a user name, a number), so the caller can try the next source.
 */

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/** The comment link some byline boxes end with. */
const COMMENT_LINK = String.raw`(?:Leave|Add|Post|Write|View|Read|Show|See) (?:a |the |all )?(?:\d+ )?[Cc]omments?\b`;
/** A date or a time, as bylines print them. */
const DATE_OR_TIME = String.raw`(?:${WEEKDAY},?|${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?|\d{1,2} ${MONTH}\.?,?(?: \d{4})?|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4})`;

/*
 * A content script compiles its regular expressions afresh on every page, so the large ones
 * below are built on first need, and a plain name (most author tags) never needs them. They
 * avoid Unicode property classes (\p{L}…), which made detection ~4 ms slower.
 */
/** Longer than this, an element is no byline box but a block of text. */
const MAX_BOX = 160;
/** Not a name: a user name with digits, a site's admin account. */
const NOT_A_NAME = /^(?:\S*\d\S*|\S*admin\S*|guest|гость|Гость|anonymous|unknown|webmaster|null|undefined)$/i;
/** Two letters in a row, in any script: no whitespace, digit or ASCII punctuation. */
const TWO_LETTERS = /[^\s\d!-/:-@[-`{-~]{2}/;
/** Anything but a plain name: a digit, a handle, a separator, "By", a button's word, a URL… */
const NEEDS_CLEANING = /[\d@|•·–—]|\s-\s|^(?:https?:|www\.)|\bby\b|\b(?:Published|Updated|Posted|E-?mail|Tweet|Share|Follow|read|comments?)\b|\bin \S+ on\b/i;
/** … or words glued together ("FoustMonday", "LAWLESSAssociated"; "McCoy" takes the long way too). */
const GLUE_HINT = /[a-z][A-Z]|[A-Z]{4}[a-z]/;
const EDGES = /^[\s,;:.–—-]+|[\s,;:–—-]+$/g;

interface Patterns {
  /** Words glued to what follows them by a missing space in the markup ("Gallucci2016-12-13", "FoustMonday", "LAWLESSAssociated", "DeSilverLeave a comment", "ByDylan ScottPublished"). */
  glued: RegExp;
  /** Segments of a byline box: "Name | Date", "Name • 2 min read", "Name - Apr 16, 2015" (a dash only before a date). */
  separator: RegExp;
  leadingDates: RegExp;
  leadingBy: RegExp;
  /** Where the names end. */
  tail: RegExp;
}
let patterns: Patterns | null = null;
function compiled(): Patterns {
  return (patterns ??= {
    glued: new RegExp(String.raw`(?<=[a-z])(?=\d|${FULL_MONTH}\b|${WEEKDAY}\b|${COMMENT_LINK}|(?:Published|Updated|Posted)(?![a-z]))|(?<=^By)(?=[A-Z][a-z])|(?<=[A-Z]{3})(?=[A-Z][a-z])`, 'g'),
    separator: new RegExp(String.raw`\s*[|•·]\s*|\s+[-–—]\s+(?=${DATE_OR_TIME})`, 'i'),
    leadingDates: new RegExp(String.raw`^(?:(?:${DATE_OR_TIME})[\s,]*(?:at\s+)?)+`, 'i'),
    leadingBy: /^(?:[^\s\d]+ ){0,2}?by:?\s+/i,
    tail: new RegExp(String.raw`\s*(?:@\w|\b(?:Published|Updated|Posted|Last updated|E-?mail|Tweet|Share|Follow)\b|\b\d+ min(?:ute)?s? read\b|\b${COMMENT_LINK}|\b\d+ comments?\b|\bin [A-Z][\w&]*(?: [A-Z][\w&]*)? on\b|(?:\bon |\bat )?\b(?:${DATE_OR_TIME})(?=\W|$)).*$`, 'i'),
  });
}

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_BOX || NOT_A_NAME.test(text)) return null;
  if (!NEEDS_CLEANING.test(text) && !GLUE_HINT.test(text)) {
    const name = text.replace(EDGES, '');
    return TWO_LETTERS.test(name) ? name : null;
  }
  if (/^(?:https?:\/\/|www\.)/i.test(text)) return null;
  const { glued, separator, leadingDates, leadingBy, tail } = compiled();
  for (const segment of text.replace(glued, ' ').split(separator)) {
    const name = segment.replace(leadingDates, '').replace(leadingBy, '').replace(tail, '').replace(EDGES, '');
    if (TWO_LETTERS.test(name) && name.length <= 100 && !NOT_A_NAME.test(name)) return name;
  }
  return null;
}
