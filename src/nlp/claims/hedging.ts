/**
 * Hedging: is the claim put forward as something less than an asserted fact?
 *
 * Decision (documented in README.md): a claim is hedged when the sentence
 * marks its content as
 *  - possible or hypothetical: modal would / could / might / may / can't-yet
 *    ("would violate", "could face sanctions"),
 *  - second-hand and unconfirmed: reportedly, allegedly, alleged, suspected,
 *    said to be, believed to, according to unnamed sources,
 *  - conditional: if / unless / whether / in the event,
 *  - predicted or intended rather than done: is expected to, is set to,
 *    likely, possible, potential, threatened to, plans to, considering.
 * Plain future "will" is not hedging (an announced decision), and attribution
 * alone ("X said") is not hedging: the reader sees who says it.
 */

const HEDGE_CUES: { re: RegExp; cue: string }[] = [
  { re: /\b(?:would|could|might|may)\b/, cue: 'modal' }, // lowercase only: "May" the month stays out
  { re: /\b(?:reportedly|allegedly|alleged|purportedly|supposedly|suspected|rumou?red)\b/i, cue: 'unconfirmed' },
  { re: /\b(?:said|believed|thought|understood|reported) to (?:be|have)\b/i, cue: 'unconfirmed' },
  { re: /\b(?:if|unless|whether|in the event)\b/i, cue: 'conditional' },
  { re: /\b(?:expected|set|poised|likely|unlikely|due|planning|plans?|intends?|threaten(?:s|ed|ing)?) to\b/i, cue: 'predicted' },
  { re: /\b(?:likely|possible|possibly|potential|probably|perhaps|considering|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\b/i, cue: 'predicted' },
];

/**
 * Clauses whose modality is not the claim's: purposes ("so that we could
 * force them"), hopes, relative clauses with a modal ("technology that could
 * further ..."), and alleged *reasons* for a measure ("imposed sanctions over
 * its alleged role"). Cues inside them do not hedge the claim.
 */
const OUT_OF_SCOPE: RegExp[] = [
  /\b(?:so that|in the hope(?: that)?|in order to|in a bid to)\b[^,;]*/gi,
  /\b(?:that|which|who)\s+(?:could|might|may|would)\b[^,;]*/gi,
  /\b(?:for|because of|over|due to) (?:its |their |his |her |the )?(?:alleged(?:ly)?|suspected)\b[^,;]*/gi,
];

/** The first hedging cue found, or null when the claim is asserted. */
export function hedgeCue(sentence: string): string | null {
  const inScope = OUT_OF_SCOPE.reduce((s, re) => s.replace(re, ' '), sentence);
  for (const { re, cue } of HEDGE_CUES) if (re.test(inScope)) return cue;
  return null;
}

export function isHedged(sentence: string): boolean {
  return hedgeCue(sentence) !== null;
}
