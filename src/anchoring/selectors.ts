import { QUOTE_CONTEXT_CHARS } from '../store/annotation.ts';

/** W3C Web Annotation selectors over the article text (positions in UTF-16 units here). */
export interface QuoteSelectors {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export function describeRange(text: string, start: number, end: number): QuoteSelectors {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_CHARS),
    start,
    end,
  };
}
