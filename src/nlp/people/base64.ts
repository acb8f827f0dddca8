import { runToEnd, type Steps } from '../../shared/steps.ts';

/** Base64 without Node's Buffer or the DOM's atob, so it runs anywhere. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! +
      (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63]! : '=');
    if (out.length > 8192) { parts.push(out); out = ''; }
  }
  parts.push(out);
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  return runToEnd(fromBase64Steps(s));
}

/** `fromBase64` as steps of 256 KiB of text each. */
export function* fromBase64Steps(s: string): Steps<Uint8Array> {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < 64; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  let len = (s.length / 4) * 3;
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (lookup[s.charCodeAt(i)]! << 18) | (lookup[s.charCodeAt(i + 1)]! << 12) |
      (lookup[s.charCodeAt(i + 2)]! << 6) | lookup[s.charCodeAt(i + 3)]!;
    if (o < len) out[o++] = (n >> 16) & 255;
    if (o < len) out[o++] = (n >> 8) & 255;
    if (o < len) out[o++] = n & 255;
    if ((i & 0x3ffff) === 0x3fffc) yield;
  }
  return out;
}
