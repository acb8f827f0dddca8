/**
 * node dist/cli.js analyze PAGE.html [--url URL]
 * node dist/cli.js analyze --text FILE.txt|-
 * node dist/cli.js analyze --jsonl            (one request per stdin line, one answer per line, flushed)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeHtml, analyzePlainText } from './analyzeInput.ts';

const USAGE = 'usage: newsmark analyze PAGE.html [--url URL] | analyze --text FILE.txt|- | analyze --jsonl';

function die(message: string): never {
  process.stderr.write(`newsmark: ${message.split('\n')[0]}\n`);
  process.exit(2);
}

function readInput(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  if (!existsSync(path)) die(`no such file: ${path}`);
  return readFileSync(path, 'utf8');
}

async function runJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    let answer: unknown;
    try {
      const request = JSON.parse(line) as { id?: unknown; html?: unknown; text?: unknown; url?: unknown };
      id = request.id ?? null;
      if (typeof request.html === 'string') answer = analyzeHtml(request.html, typeof request.url === 'string' ? request.url : null);
      else if (typeof request.text === 'string') answer = analyzePlainText(request.text);
      else throw new Error('each line needs "html" or "text"');
      answer = { id, ...(answer as object) };
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) };
    }
    await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(answer)}\n`, () => resolve()));
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command !== 'analyze') die(command ? `unknown command: ${command}\n${USAGE}` : USAGE);
  let textPath: string | null = null;
  let url: string | null = null;
  let jsonl = false;
  let page: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--text') textPath = rest[++i] ?? die('--text needs a file or -');
    else if (arg === '--url') url = rest[++i] ?? die('--url needs a URL');
    else if (arg === '--jsonl') jsonl = true;
    else if (arg.startsWith('--')) die(`unknown flag: ${arg}`);
    else if (page === null) page = arg;
    else die(`unexpected argument: ${arg}`);
  }
  if (jsonl && (page !== null || textPath !== null || url !== null)) die('--jsonl reads its requests from stdin: give no file, --text or --url with it');
  if (page !== null && textPath !== null) die('give either PAGE.html or --text, not both');
  if (jsonl) return runJsonl();
  let result;
  try {
    if (textPath !== null) result = analyzePlainText(readInput(textPath));
    else if (page !== null) result = analyzeHtml(readInput(page), url);
    else die(USAGE);
  } catch (error) {
    die(error instanceof Error ? error.message : String(error));
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// A reader that stops reading (`… | head -1`) closes the pipe: that ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  die(error.message);
});

void main(process.argv.slice(2));
