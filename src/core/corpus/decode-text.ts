/**
 * Bytes to text: a byte-order mark or the declared charset decides; otherwise UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (what "Latin-1" means on the web). Binary files are
 * refused rather than read as gibberish. Used by the corpus reader and by `npm run add`.
 * @see https://encoding.spec.whatwg.org/#names-and-labels
 */

/** `encoding`: the character set the bytes were read in (a Encoding Standard name). */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

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
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return decodeWith('windows-1252', bytes);
  }
}

/** Labels the Encoding Standard maps to Windows-1252. */
const WINDOWS_1252 =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|iso88591|latin1|l1|ascii|us-ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100)$/;

/** Windows-1252's 0x80–0x9F: curly quotes, dashes, € (Node decodes them as control characters). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWith(label: string, bytes: Uint8Array): Decoded {
  const name = label.trim().toLowerCase();
  if (WINDOWS_1252.test(name)) {
    // UTF-16 code units in the machine's order, little-endian on every platform Node runs on
    const units = new Uint16Array(bytes.length);
    bytes.forEach((b, i) => {
      units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    });
    return { ok: true, text: new TextDecoder('utf-16le').decode(units), encoding: 'windows-1252' };
  }
  try {
    const decoder = new TextDecoder(name);
    return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
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
