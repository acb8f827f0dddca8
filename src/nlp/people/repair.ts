import { Shape, type WordInfo } from './features.ts';
import type { PreparedDoc } from './tagger.ts';

const B_PER = 1, I_PER = 2;

/**
 * "Kim Jong Un Returns" (a headline phrase pasted into the text) reads like an
 * organisation name. When a non-PER span ends in capitalized common words and
 * either directly follows a person's name or starts with a word tagged as a
 * person's name elsewhere in the document (twice), it is re-tagged as (the
 * rest of) that name, without the common words.
 */
export function repairHeadlinePhrases(words: WordInfo[], tags: Uint8Array): void {
  const perStarts = new Map<number, number>();
  for (let t = 0; t < tags.length; t++) {
    if (tags[t] === B_PER) perStarts.set(words[t]!.lower, (perStarts.get(words[t]!.lower) ?? 0) + 1);
  }
  for (let t = 0; t < tags.length; t++) {
    const g = tags[t]!;
    if (g < 3 || g % 2 === 0) continue; // B-LOC, B-ORG, B-MISC
    let e = t + 1;
    while (e < tags.length && tags[e] === g + 1) e++;
    let keep = e;
    while (keep > t + 1 && words[keep - 1]!.usage === 1 && words[keep - 1]!.isCap) keep--;
    const afterName = t > 0 && (tags[t - 1] === B_PER || tags[t - 1] === I_PER);
    if (afterName && keep < e) {
      // "Kim Jong" + ORG "Un Returns": the name goes on while its words are
      // name-list words; the capitalized common words after it are not a name.
      let k = t;
      while (k < keep && words[k]!.gaz & 2) k++;
      if (k === keep) for (let x = t; x < e; x++) tags[x] = x < keep ? I_PER : 0;
    } else if (keep < e && (perStarts.get(words[t]!.lower) ?? 0) >= 2) {
      tags[t] = B_PER;
      for (let k = t + 1; k < e; k++) tags[k] = k < keep ? I_PER : 0;
    }
    t = e - 1;
  }
}


/**
 * Headlines (ALL CAPS or Title Case) are where the model is weakest, and where
 * a name has usually been written out in normal case in the body. Names found
 * in normal-case sentences are matched (case-folded) in headline sentences:
 * whole multi-word names first, then single words that were a person's
 * surname in the body and were never tagged as anything else.
 */
export function propagateKnownNames(doc: PreparedDoc, tags: Uint8Array): void {
  const { words, sentences, kinds } = doc;
  const names = new Map<number, number[][]>(); // first word -> word sequences
  const surnames = new Set<number>(), otherTypes = new Set<number>();
  // First words that stand alone for a person (see the body rule below); a listed first name alone
  // is just the person's given name ("Oskar Lindqvist" … "Oskar says") and does not count.
  const loneFirst = new Set<number>();
  sentences.forEach(([a, b], s) => {
    if (kinds[s] !== 0) return;
    for (let t = a; t < b; t++) {
      if (tags[t]! >= 3) otherTypes.add(words[t]!.lower);
      if (tags[t] !== B_PER) continue;
      let e = t + 1;
      while (e < b && tags[e] === I_PER) e++;
      const seq = [];
      for (let k = t; k < e; k++) seq.push(words[k]!.lower);
      if (seq.length > 1) {
        const list = names.get(seq[0]!) ?? [];
        list.push(seq);
        names.set(seq[0]!, list);
      } else if (!(words[t]!.gaz & 1)) loneFirst.add(seq[0]!);
      surnames.add(seq[seq.length - 1]!);
    }
  });
  if (surnames.size === 0) return;
  // Body text: a lone capitalized word that is the surname of a full name seen in this document
  // ("Oskar Lindqvist" … "Lindqvist, who founded …") is that person, whatever the model guessed,
  // unless it starts a longer capitalized run ("Lindqvist Freight").
  // Not when the name's first word stands alone for a person elsewhere in the body: the name is
  // then family name first ("Kim Jong Un" … "Kim") or two names run together ("Lebed Chechnya"
  // in a headline-like line, "Lebed" alone everywhere else), and its last word is no surname.
  const fullNameSurnames = new Set<number>();
  for (const list of names.values()) for (const seq of list) if (!loneFirst.has(seq[0]!)) fullNameSurnames.add(seq[seq.length - 1]!);
  sentences.forEach(([a, b], s) => {
    if (kinds[s] !== 0) return;
    for (let t = a; t < b; t++) {
      const w = words[t]!;
      if (tags[t] === B_PER || tags[t] === I_PER || !w.isCap || !fullNameSurnames.has(w.lower)) continue;
      if (t + 1 < b && words[t + 1]!.isCap) continue;
      if (t > a && words[t - 1]!.isCap && tags[t - 1] !== 0) continue;
      tags[t] = B_PER;
    }
  });
  sentences.forEach(([a, b], s) => {
    if (kinds[s] === 0) return;
    for (let t = a; t < b; t++) {
      // The body's evidence outranks the model's guess in a headline: any non-PER tag may be replaced.
      if (tags[t] === B_PER || tags[t] === I_PER || !words[t]!.isCap) continue;
      let len = 0;
      const seqs = names.get(words[t]!.lower); // no empty array per headline token
      if (seqs) {
        for (const seq of seqs) {
          if (seq.length <= len || t + seq.length > b) continue;
          let ok = true;
          for (let k = 0; k < seq.length && ok; k++) ok = tags[t + k]! >= 3 || tags[t + k] === 0 ? words[t + k]!.lower === seq[k] : false;
          if (ok) len = seq.length;
        }
      }
      const w = words[t]!;
      const commonWord = w.usage === 1 && (w.gaz & 7) === 0; // "Returns": only a name by mistake
      if (len === 0 && tags[t] === 0 && !commonWord && surnames.has(w.lower) && !otherTypes.has(w.lower)) len = 1;
      if (len === 0) continue;
      tags[t] = B_PER;
      for (let k = 1; k < len; k++) tags[t + k] = I_PER;
      // What is left of an entity the name cut into starts afresh.
      const after = t + len;
      if (after < b && tags[after]! >= 3 && tags[after]! % 2 === 0) tags[after] = tags[after]! - 1;
      t += len - 1;
    }
  });
}

/**
 * "Park Min-jun", "Kim In-so": a family name from the name list followed by a
 * hyphenated romanized given name. Rare in the training news, so the model
 * misses them; the pattern itself is specific enough to trust.
 */
export function tagHyphenatedGivenNames(words: WordInfo[], tags: Uint8Array): void {
  for (let t = 0; t + 1 < words.length; t++) {
    const w = words[t]!, next = words[t + 1]!;
    if (!next.syllables || !w.isCap || !(w.gaz & 2) || w.isTitle) continue;
    const g = tags[t]!, h = tags[t + 1]!;
    const alone = h === 0 && (g === 0 || g === B_PER); // nothing, or a one-word name
    const pairEntity = g >= 3 && h === g + 1 && tags[t + 2] !== h; // exactly these two words, another type
    if (alone || pairEntity) {
      tags[t] = B_PER;
      tags[t + 1] = I_PER;
    }
  }
}

/**
 * "Park Soo Min Returns": a name of three or more words whose last word is a
 * capitalized common word in no name list (a headline verb glued to the name)
 * loses that word.
 */
export function trimTrailingCommonWords(words: WordInfo[], tags: Uint8Array): void {
  const common = (w: WordInfo): boolean => w.usage === 1 && (w.gaz & 7) === 0 && w.isCap;
  // "Park Soo" + "Min Returns": a name cut in two right before a glued common
  // word; join the halves so the trim below sees the whole name.
  for (let t = 1; t < tags.length; t++) {
    if (tags[t] !== B_PER || (tags[t - 1] !== B_PER && tags[t - 1] !== I_PER)) continue;
    let e = t + 1;
    while (e < tags.length && tags[e] === I_PER) e++;
    if (e - t >= 2 && common(words[e - 1]!)) tags[t] = I_PER;
  }
  for (let t = 0; t < tags.length; t++) {
    if (tags[t] !== B_PER) continue;
    let e = t + 1;
    while (e < tags.length && tags[e] === I_PER) e++;
    while (e - t >= 3 && common(words[e - 1]!)) {
      tags[--e] = 0;
    }
    t = e - 1;
  }
}

/**
 * A name typed in lowercase ("Kim Jong and putin photo", a caption written in haste) is the
 * person when the text names them properly elsewhere: a lowercase word equal to the last word
 * of a full name found in normal-case text — unless English writes the word in lowercase at all
 * ("brown", "bush", "rice": seen so in the unlabeled text, lexicon.ts) or it is a short one.
 */
export function tagLowercaseSurnames(doc: PreparedDoc, tags: Uint8Array): void {
  const { words, sentences, kinds } = doc;
  const surnames = new Set<number>();
  sentences.forEach(([a, b], s) => {
    if (kinds[s] !== 0) return;
    for (let t = a; t < b; t++) {
      if (tags[t] !== B_PER) continue;
      let e = t + 1;
      while (e < b && tags[e] === I_PER) e++;
      if (e - t >= 2 && words[e - 1]!.isCap) surnames.add(words[e - 1]!.lower);
      t = e - 1;
    }
  });
  if (surnames.size === 0) return;
  // A word this text writes in lowercase as often as with its capital is a word of its language ("dan" in Indonesian).
  const capitalised = new Map<number, number>(), lowercase = new Map<number, number>();
  for (const w of words) {
    if (!surnames.has(w.lower)) continue;
    const counts = w.cls === Shape.Lower ? lowercase : w.isCap ? capitalised : null;
    counts?.set(w.lower, (counts.get(w.lower) ?? 0) + 1);
  }
  for (let t = 0; t < tags.length; t++) {
    const w = words[t]!;
    // (affix[2], the three-letter prefix, is 0 for a word shorter than three letters.)
    if (tags[t] !== 0 || w.cls !== Shape.Lower || w.seenLower || !surnames.has(w.lower) || w.affix[2] === 0) continue;
    if ((lowercase.get(w.lower) ?? 0) < (capitalised.get(w.lower) ?? 0)) tags[t] = B_PER;
  }
}
