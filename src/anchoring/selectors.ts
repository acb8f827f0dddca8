import { QUOTE_CONTEXT_CHARS } from '../store/annotation.ts';

/** W3C Web Annotation selectors over the article text: TextQuote, and TextPosition in two units. */
export interface QuoteSelectors {
  quote: string;
  prefix: string;
  suffix: string;
  /** TextPosition in UTF-16 units (how JavaScript indexes strings). */
  start: number;
  end: number;
  /** The same positions in Unicode code points, as W3C Web Annotation exports want them. */
  codePointStart: number;
  codePointEnd: number;
}

function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export function describeRange(text: string, start: number, end: number): QuoteSelectors {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_CHARS),
    start,
    end,
    codePointStart: codePointLength(text.slice(0, start)),
    codePointEnd: codePointLength(text.slice(0, end)),
  };
}
