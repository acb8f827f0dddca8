/**
 * CoNLL-2003 reader for the trainer and the benchmark (never imported by the
 * runtime). Documents open at -DOCSTART-; sentences are blank-line separated;
 * the 4th column is the IOB2 NER tag.
 */
export interface ConllDoc {
  tokens: string[];
  tags: string[];
  sentences: Array<[number, number]>;
}

export function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | undefined;
  let sentStart = 0;
  const closeSentence = (): void => {
    if (doc && doc.tokens.length > sentStart) doc.sentences.push([sentStart, doc.tokens.length]);
    sentStart = doc ? doc.tokens.length : 0;
  };
  for (const line of content.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      closeSentence();
      doc = { tokens: [], tags: [], sentences: [] };
      docs.push(doc);
      sentStart = 0;
      continue;
    }
    if (line.trim() === '') { closeSentence(); continue; }
    if (!doc) { doc = { tokens: [], tags: [], sentences: [] }; docs.push(doc); }
    const cols = line.split(' ');
    doc.tokens.push(cols[0]!);
    doc.tags.push(cols[cols.length - 1]!);
  }
  closeSentence();
  return docs.filter((d) => d.tokens.length > 0);
}

/** Entity spans [start, end) in token indices for one type, e.g. "PER". */
export function spansOf(tags: ArrayLike<string>, type: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const inside = t === 'I-' + type && start >= 0;
    if (!inside && start >= 0) { out.push([start, i]); start = -1; }
    if (t === 'B-' + type || (t === 'I-' + type && start < 0)) start = i;
  }
  return out;
}
