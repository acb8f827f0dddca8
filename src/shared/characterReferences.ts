/**
 * Character references in text that is no longer markup ("&#233;", "&#xE9;", "&amp;"), decoded in
 * one pass to plain text: nothing is parsed as HTML. Shared by the UN list's XML reader and the
 * article metadata (JSON-LD values, meta tags escaped twice).
 */

/** The five entities XML predefines. */
export const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const REFERENCE = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/**
 * One pass: numeric references become their characters, names found in `named` (lowercase keys)
 * their text. Unknown names, NUL and code points beyond Unicode stay as written.
 */
export function decodeCharacterReferences(text: string, named: Readonly<Record<string, string>>): string {
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
