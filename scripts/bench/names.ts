/**
 * npm run bench:names — the sanctions name matcher on the bundled OFAC SDN index.
 *   (a) recall on 1,000 listed individuals (deterministic sample), each queried in four
 *       realistic perturbations: natural order; natural order without middle names /
 *       patronymics; a transliteration variant of each token; diacritics (the list is ASCII,
 *       so the query gains them and folding has to take them off);
 *   (b) false alarms: distinct PER strings from CoNLL-2003 eng.testa (1996 Reuters), each
 *       matched against the list — every match is printed for a human to judge; lookups/s.
 * Ends with one JSON line {"bench":"names",...}. Missing data → "skipped: …", exit 0.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const conllPath = join(repoRoot, '..', 'shared', 'data', 'conll2003', 'eng.testa.txt');
const generatedPath = join(repoRoot, 'src', 'nlp', 'sanctions', 'sdn-index.generated.ts');
const SAMPLE = 1000;

type Perturbation = 'natural' | 'noMiddle' | 'transliterated' | 'diacritics';
const PERTURBATIONS: Perturbation[] = ['natural', 'noMiddle', 'transliterated', 'diacritics'];

/** One spelling change per token, picked deterministically: common romanisation alternatives. */
const SPELLING_SWAPS: [RegExp, string][] = [
  [/ks/, 'x'], [/x/, 'ks'], [/ei$/, 'ey'], [/ey$/, 'ei'], [/iy$/, 'y'], [/y$/, 'iy'], [/ov$/, 'off'],
  [/kh/, 'h'], [/ou/, 'u'], [/yu/, 'iu'], [/mm/, 'm'], [/ss/, 's'], [/o(?=.*[aeiu])/, 'u'], [/sh/, 'sch'], [/q/, 'k'], [/i$/, 'y'],
];
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç', s: 'š', z: 'ž' };

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function transliterate(word: string): string {
  const lower = word.toLowerCase();
  const start = hash(word) % SPELLING_SWAPS.length;
  for (let k = 0; k < SPELLING_SWAPS.length; k++) {
    const [re, to] = SPELLING_SWAPS[(start + k) % SPELLING_SWAPS.length] as [RegExp, string];
    if (re.test(lower)) return lower.replace(re, to);
  }
  return lower;
}

function accent(word: string): string {
  return word.replace(/[aeiouncsz]/g, (ch) => ACCENTS[ch] ?? ch);
}

function perturb(listed: string, how: Perturbation): string | null {
  const comma = listed.indexOf(',');
  if (comma < 0) return null;
  const surname = listed.slice(0, comma).split(/\s+/).filter(Boolean);
  const given = listed.slice(comma + 1).replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (!given.length) return null;
  const titleCase = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  const sur = surname.map(titleCase);
  switch (how) {
    case 'natural': return [...given, ...sur].join(' ');
    case 'noMiddle': return [given[0] as string, ...sur].join(' ');
    case 'transliterated': return [given[0] as string, ...sur].map((w) => titleCase(transliterate(w))).join(' ');
    case 'diacritics': return [...given, ...sur].map((w) => accent(w.toLowerCase())).join(' ');
  }
}

function conllPersons(text: string): string[] {
  const names = new Set<string>();
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) names.add(current.join(' '));
    current = [];
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(' ');
    const tag = cols[3] ?? 'O';
    if (tag === 'B-PER') { flush(); current.push(cols[0] as string); }
    else if (tag === 'I-PER' && current.length) current.push(cols[0] as string);
    else flush();
  }
  flush();
  return [...names].sort();
}

async function main(): Promise<void> {
  if (!existsSync(generatedPath)) {
    console.log('skipped: src/nlp/sanctions/sdn-index.generated.ts missing (run npm run build:sanctions-index)');
    return;
  }
  const t0 = performance.now();
  const sanctions = await import('../../src/nlp/sanctions/index.ts');
  const importMs = Math.round(performance.now() - t0);
  const t1 = performance.now();
  const matcher = sanctions.bundledSanctionsMatcher();
  const buildMs = Math.round(performance.now() - t1);
  const { SDN_INDEX } = await import('../../src/nlp/sanctions/sdn-index.generated.ts');
  const entries = sanctions.decodeSanctionsIndex(SDN_INDEX).entries;

  // (a) recall: every k-th entry, deterministic.
  const step = Math.max(1, Math.floor(entries.length / SAMPLE));
  const sample = entries.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const recall: Record<string, { found: number; top1: number; total: number }> = {};
  const misses: string[] = [];
  for (const how of PERTURBATIONS) {
    const r = { found: 0, top1: 0, total: 0 };
    for (const entry of sample) {
      const listed = entry.names[0] ?? '';
      const query = perturb(listed, how);
      if (!query) continue;
      r.total++;
      const found = matcher.match(query);
      const rank = found.findIndex((m) => m.entry === listed);
      if (rank >= 0) r.found++;
      if (rank === 0) r.top1++;
      else if (rank < 0 && misses.length < 400) misses.push(`${how}: "${query}" ≠ ${listed}`);
    }
    recall[how] = r;
  }
  const all = Object.values(recall).reduce((a, r) => ({ found: a.found + r.found, total: a.total + r.total }), { found: 0, total: 0 });
  const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`OFAC SDN index: ${matcher.size.entries} individuals, ${matcher.size.names} names, ${statSync(generatedPath).size} bytes on disk; import ${importMs} ms (tsx transpiles it), decode + block index ${buildMs} ms`);
  console.log(`(a) recall on ${sample.length} listed individuals`);
  console.log('perturbation     found    top-1    n');
  for (const how of PERTURBATIONS) {
    const r = recall[how] as { found: number; top1: number; total: number };
    console.log(`${how.padEnd(15)}  ${pct(r.found, r.total).padStart(6)}   ${pct(r.top1, r.total).padStart(6)}   ${r.total}`);
  }
  console.log(`all              ${pct(all.found, all.total).padStart(6)}`);
  if (process.argv.includes('--misses')) for (const m of misses) console.log(`  miss ${m}`);

  // (b) false alarms on news people.
  let conll: Record<string, unknown> = { skipped: 'data missing' };
  if (!existsSync(conllPath)) console.log(`(b) skipped: ${conllPath} not found`);
  else {
    const people = conllPersons(readFileSync(conllPath, 'utf8'));
    const multi = people.filter((p) => p.split(' ').length >= 2).length;
    const hits = people.map((p) => ({ name: p, matches: matcher.match(p) })).filter((h) => h.matches.length);
    console.log(`(b) CoNLL-2003 eng.testa: ${people.length} distinct PER strings (${multi} with ≥ 2 tokens); ${hits.length} match the list:`);
    for (const h of hits) for (const m of h.matches) console.log(`  "${h.name}" → ${m.entry} [${m.program}] score ${m.score}`);
    const rounds = 20;
    const t = performance.now();
    for (let k = 0; k < rounds; k++) for (const p of people) matcher.match(p);
    const lookupsPerSec = Math.round((rounds * people.length) / ((performance.now() - t) / 1000));
    console.log(`lookups: ${lookupsPerSec}/s (${(1e6 / lookupsPerSec).toFixed(1)} µs each)`);
    conll = { names: people.length, multiToken: multi, matched: hits.length, matches: hits.map((h) => `${h.name} → ${h.matches[0]?.entry}`), lookupsPerSec };
  }
  const round = (n: number, d: number): number => Math.round((1000 * n) / Math.max(1, d)) / 1000;
  console.log(JSON.stringify({
    bench: 'names',
    indexBytes: statSync(generatedPath).size,
    individuals: matcher.size.entries,
    importMs,
    buildMs,
    sample: sample.length,
    recall: round(all.found, all.total),
    recallBy: Object.fromEntries(PERTURBATIONS.map((h) => [h, round(recall[h]?.found ?? 0, recall[h]?.total ?? 0)])),
    threshold: sanctions.MATCH_THRESHOLD,
    conll,
  }));
}

await main();
