/**
 * npm run bench: runs every benchmark in turn (their own output streams through), then prints
 * one summary table from the JSON line each bench ends with. A bench whose data in
 * ../shared/data is missing says so itself and is listed as skipped.
 */
import { spawn } from 'node:child_process';

const BENCHES = ['article', 'people', 'claims', 'names', 'store', 'pages'] as const;

function run(name: string): Promise<Record<string, unknown> | null> {
  return new Promise((resolve) => {
    const script = name === 'store' || name === 'pages' ? [`scripts/bench/${name}.mjs`] : ['--import', 'tsx', `scripts/bench/${name}.ts`];
    const child = spawn(process.execPath, script, { stdio: ['ignore', 'pipe', 'inherit'] });
    let last: Record<string, unknown> | null = null;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        try {
          last = JSON.parse(line) as Record<string, unknown>;
        } catch {
          // not the summary line
        }
      }
    });
    child.on('close', () => resolve(last));
  });
}

const fmt = (value: unknown) => (typeof value === 'number' ? value.toFixed(3) : String(value ?? '–'));

const rows: string[][] = [];
for (const name of BENCHES) {
  console.log(`\n=== bench:${name} ===`);
  const summary = await run(name);
  if (!summary) {
    rows.push([name, 'skipped (data missing or bench failed)']);
    continue;
  }
  const pick = (obj: unknown, key: string) => (obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined);
  const ours = (pick(summary, 'ours') ?? summary) as Record<string, unknown>;
  const cells = ['precision', 'recall', 'f1', 'p', 'r', 'typeAccuracy', 'tokensPerSec', 'firstRenderMs', 'searchMs', 'pagesWithErrors', 'pagesWithTextChanges', 'medianRatio', 'medianRatioAgainstColdReadability', 'medianMainThreadMs', 'maxLongTaskMs', 'largePageMaxLongTaskMs', 'crowdedPageMaxLongTaskMs']
    .filter((key, i, all) => all.indexOf(key) === i && ours[key] !== undefined)
    .map((key) => `${key} ${fmt(ours[key])}`);
  rows.push([name, cells.join(' · ') || JSON.stringify(summary).slice(0, 120)]);
}
console.log('\n=== summary ===');
for (const [name = "", text = ""] of rows) console.log(`${name.padEnd(8)} ${text}`);
