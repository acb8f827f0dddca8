import { analyzeDocument } from '../analysis/analyzeDocument.ts';
import { analyzeText } from '../analysis/analyzeText.ts';
import type { AnalysisResult, Claim } from '../analysis/types.ts';
import { matchSanctionsList } from '../nlp/sanctions/index.ts';
import { parsePage } from './parsePage.ts';

/** The CLI's result object: CONTRACTS.md's shape (the hover card's `reason` is not part of it). */
export type CliResult = Omit<AnalysisResult, 'claims'> & { claims: Array<Omit<Claim, 'reason'>> };

function forCli(result: AnalysisResult): CliResult {
  return { ...result, claims: result.claims.map(({ reason: _reason, ...claim }) => claim) };
}

export function looksLikeHtml(input: string): boolean {
  return /<(!doctype\s+html|html|head|body|p|div|article|main|h1|span|section)\b/i.test(input.slice(0, 20_000));
}

export function analyzeHtml(html: string, url: string | null = null): CliResult {
  if (!looksLikeHtml(html)) throw new Error('input is not HTML');
  return forCli(analyzeDocument(parsePage(html), url, { matchSanctions: matchSanctionsList }).result);
}

export function analyzePlainText(text: string): CliResult {
  return forCli({
    article: { title: '', byline: null, siteName: null, publishedTime: null, lang: null, url: null, text },
    ...analyzeText(text, { matchSanctions: matchSanctionsList }),
  });
}
