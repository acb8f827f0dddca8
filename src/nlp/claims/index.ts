/**
 * Sanctions-claim finder: which sentences of an article state, report,
 * predict, threaten, demand or deny something about state restrictive
 * measures (sanctions, embargoes, asset freezes, export controls,
 * terrorist-list designations, U.N. Security Council bans) or their breach,
 * easing or effects.
 *
 * Pipeline per sentence (rules first, then a small learned model; see README.md):
 *   triggers.ts    a measure is mentioned in its state-measure sense
 *   assist.ts      else: a learned model recognises the claim by its wording
 *   types.ts       which predicate governs it → claim type
 *   hedging.ts     asserted vs. possible/reported/conditional
 *   attribution.ts who the sentence says makes the claim
 *   reason.ts      a short explanation for the hover card
 * Pure TypeScript: runs in the content script, the popup and Node.
 */
import { splitSentences } from '../sentences.ts';
import { findAttribution } from './attribution.ts';
import { isHedged } from './hedging.ts';
import { explain } from './reason.ts';
import { assistRecognises } from './assist.ts';
import { scanTriggers } from './triggers.ts';
import { classifyType, type ClaimType } from './types.ts';

export type { ClaimType } from './types.ts';

export interface SanctionsClaim {
  start: number;
  end: number;
  text: string;
  type: ClaimType;
  hedged: boolean;
  attribution: string | null;
  reason: string;
}

export type SentenceClassification = Omit<SanctionsClaim, 'start' | 'end' | 'text'>;

/**
 * Classify one sentence; null when it is not a sanctions claim. `assist` decides the sentences
 * no rule found a measure in (the learned model unless given: the rules alone pass `() => false`).
 */
export function classifySentence(sentence: string, assist: (sentence: string) => boolean = assistRecognises): SentenceClassification | null {
  const { triggers, turnedDown } = scanTriggers(sentence);
  // No rule found a measure: the learned assist may still recognise the claim by its wording,
  // unless a rule saw a measure word and turned it down.
  const learned = triggers.length === 0;
  if (learned && (turnedDown || !assist(sentence))) return null;
  const type = classifyType(sentence, triggers);
  const reason = explain(type, triggers, sentence);
  return {
    type,
    hedged: isHedged(sentence),
    attribution: findAttribution(sentence),
    reason: learned ? `${reason} (recognised by its wording)` : reason,
  };
}

/** The rules alone, without the learned assist (benchmarks compare the two). */
export function classifySentenceByRules(sentence: string): SentenceClassification | null {
  return classifySentence(sentence, () => false);
}

/** All sanctions claims in a text, one per sentence, ordered by position (UTF-16 offsets). */
export function findSanctionsClaims(text: string): SanctionsClaim[] {
  const claims: SanctionsClaim[] = [];
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end);
    const found = classifySentence(sentence);
    if (found) claims.push({ start, end, text: sentence, ...found });
  }
  return claims;
}
