/**
 * Bytes to text: a byte-order mark or the declared charset decides; otherwise UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (what "Latin-1" means on the web). Binary files are
 * refused rather than written into the corpus as gibberish.
 * @see https://encoding.spec.whatwg.org/#names-and-labels
 */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array, charset: string | null = null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeWith('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (looksBinary(bytes)) return { ok: false, reason: 'a binary file, not text' };
  if (charset) {
    const declared = decodeWith(charset, bytes);
    if (declared.ok) return declared;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return decodeWith('windows-1252', bytes);
  }
}

function decodeWith(label: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(label.trim().toLowerCase()).decode(bytes) };
  } catch {
    return { ok: false, reason: `text in an unknown character set "${label}"` };
  }
}

/** NUL bytes, or many control characters, in the first 8 KB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length / 20;
}

/** The charset a page declares in its first bytes (`<meta charset="…">`), if any. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
