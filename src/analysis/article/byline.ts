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
/** A date or a time, as bylines print them. */
const DATE_OR_TIME = String.raw`(?:${WEEKDAY},?|${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?|\d{1,2} ${MONTH}\.?,?(?: \d{4})?|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4})`;

/** Words glued to what follows them by a missing space in the markup ("Gallucci2016-12-13", "FoustMonday", "LAWLESSAssociated"). */
const GLUED = new RegExp(String.raw`(?<=\p{Ll})(?=\d|${FULL_MONTH}\b|${WEEKDAY}\b)|(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll})`, 'gu');
/** Segments of a byline box: "Name | Date", "Name • 2 min read", "Name - Apr 16, 2015" (a dash only before a date). */
const SEPARATOR = new RegExp(String.raw`\s*[|•·]\s*|\s+[-–—]\s+(?=${DATE_OR_TIME})`, 'i');
/** Longer than this, an element is no byline box but a block of text. */
const MAX_BOX = 160;
const LEADING_DATES = new RegExp(String.raw`^(?:(?:${DATE_OR_TIME})[\s,]*(?:at\s+)?)+`, 'i');
const LEADING_BY = /^(?:[\p{L}-]+ ){0,2}?by:?\s+/iu;
/** Where the names end. */
const TAIL = new RegExp(String.raw`\s*(?:@\w|\b(?:Published|Updated|Posted|Last updated|E-?mail|Tweet|Share|Follow)\b|\b\d+ min(?:ute)?s? read\b|\bin \p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*)? on\b|(?:\bon |\bat )?\b(?:${DATE_OR_TIME})(?=\W|$)).*$`, 'iu');
/** Not a name: a user name with digits, a site's admin account. */
const NOT_A_NAME = /^(?:\S*\d\S*|\S*admin\S*|guest|гость|anonymous|unknown|webmaster|null|undefined)$/iu;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_BOX || /^(?:https?:\/\/|www\.)/i.test(text) || NOT_A_NAME.test(text)) return null;
  for (const segment of text.replace(GLUED, ' ').split(SEPARATOR)) {
    const name = segment.replace(LEADING_DATES, '').replace(LEADING_BY, '').replace(TAIL, '').replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/g, '');
    if (/\p{L}{2}/u.test(name) && name.length <= 100 && !NOT_A_NAME.test(name)) return name;
  }
  return null;
}
