/**
 * The text grammar for command options, shared by the console and Slack (which sends one string):
 *
 *   /quote "abusive relationship" speaker:"Chris Williamson" from:2019
 *
 * - `name:value` or `name:"value with spaces"` sets a declared option (names are case-insensitive);
 * - everything else is the positional text, kept verbatim (double quotes included, so a quoted
 *   phrase stays a phrase search);
 * - a `word:value` token whose word is not an option name stays in the text (pasted quotes are full
 *   of colons) and is reported in `unknownKeys` so the caller can say so.
 */
import type { OptionDef } from './define-command.js';

export type ParsedOptionText =
  | { ok: true; values: Record<string, string>; unknownKeys: string[] }
  | { ok: false; message: string };

// Quote characters people paste: straight and curly double quotes.
const OPEN_QUOTES = '"“”„';
const CLOSE_FOR: Record<string, string> = { '"': '"', '“': '”', '”': '”', '„': '“' };

/** Splits option text into `name:value` options and the positional text. */
export function parseOptionText(text: string, options: readonly OptionDef[]): ParsedOptionText {
  const byName = new Map(options.map((o) => [o.name.toLowerCase(), o]));
  const positional = options.find((o) => o.positional);
  const values: Record<string, string> = {};
  const unknownKeys: string[] = [];
  const textParts: string[] = [];

  let i = 0;
  const n = text.length;
  while (i < n) {
    // skip whitespace between tokens
    while (i < n && /\s/.test(text[i]!)) i++;
    if (i >= n) break;
    const keyMatch = /^([A-Za-z][\w-]*):/.exec(text.slice(i));
    if (keyMatch) {
      const key = keyMatch[1]!.toLowerCase();
      const option = byName.get(key);
      const valueStart = i + keyMatch[0].length;
      const isUrl = text.startsWith('//', valueStart);
      if (option && !isUrl) {
        const { value, end } = readValue(text, valueStart);
        if (value.trim() === '') {
          return {
            ok: false,
            message: `Option ${option.name}: needs a value, e.g. ${option.name}:${exampleValue(option)}`,
          };
        }
        values[option.name] = value;
        i = end;
        continue;
      }
      if (!isUrl && !byName.has(key)) unknownKeys.push(keyMatch[1]!);
    }
    // positional token: a quoted phrase (kept with its quotes) or a bare word
    const { raw, end } = readRawToken(text, i);
    textParts.push(raw);
    i = end;
  }

  const positionalText = textParts.join(' ').trim();
  if (positionalText) {
    if (!positional) {
      return {
        ok: false,
        message: `This command takes no free text (got "${truncate(positionalText, 40)}").`,
      };
    }
    if (values[positional.name] !== undefined) {
      values[positional.name] = `${values[positional.name]} ${positionalText}`;
    } else {
      values[positional.name] = positionalText;
    }
  }
  return { ok: true, values, unknownKeys };
}

/** The inverse of parseOptionText: renders values as text that parses back to the same values. */
export function formatOptionText(
  values: Record<string, string | number | boolean | undefined | null>,
  options: readonly OptionDef[],
): string {
  const parts: string[] = [];
  const positional = options.find((o) => o.positional);
  if (positional) {
    const v = values[positional.name];
    if (v !== undefined && v !== null && v !== '') parts.push(String(v));
  }
  for (const option of options) {
    if (option.positional) continue;
    const v = values[option.name];
    if (v === undefined || v === null || v === '' || v === false) continue;
    const s = String(v);
    parts.push(
      /[\s"]/.test(s) || s === ''
        ? `${option.name}:"${s.replace(/"/g, '')}"`
        : `${option.name}:${s}`,
    );
  }
  return parts.join(' ');
}

function readValue(text: string, start: number): { value: string; end: number } {
  const first = text[start];
  if (first !== undefined && OPEN_QUOTES.includes(first)) {
    const close = CLOSE_FOR[first] ?? '"';
    let end = start + 1;
    while (end < text.length && text[end] !== close && !(close !== '"' && text[end] === '"')) end++;
    return { value: text.slice(start + 1, end), end: Math.min(end + 1, text.length) };
  }
  let end = start;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return { value: text.slice(start, end), end };
}

function readRawToken(text: string, start: number): { raw: string; end: number } {
  const first = text[start]!;
  if (OPEN_QUOTES.includes(first)) {
    const close = CLOSE_FOR[first] ?? '"';
    let end = start + 1;
    while (end < text.length && text[end] !== close && !(close !== '"' && text[end] === '"')) end++;
    if (end < text.length) return { raw: text.slice(start, end + 1), end: end + 1 };
    // unterminated quote: keep the rest as it is
    return { raw: text.slice(start), end: text.length };
  }
  let end = start;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return { raw: text.slice(start, end), end };
}

function exampleValue(option: OptionDef): string {
  switch (option.type) {
    case 'date':
      return '2019';
    case 'integer':
      return String(option.min ?? 1);
    case 'boolean':
      return 'true';
    default:
      return option.autocomplete === 'speaker' ? '"Chris Williamson"' : 'text';
  }
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
