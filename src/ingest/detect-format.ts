/**
 * Which extractor reads an input: by file name first, by the content type of a fetched page, and
 * by the first bytes when neither says.
 */

export type Format = 'html' | 'pdf' | 'srt' | 'vtt' | 'x-archive' | 'text';

export const SUPPORTED_FORMATS =
  'HTML (.html, .htm), PDF, SRT and WebVTT subtitles, an X archive’s tweets.js, plain text (.txt) and markdown (.md)';

const BY_EXTENSION: Record<string, Format> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.srt': 'srt',
  '.vtt': 'vtt',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
};

/** An archive's post files: `tweets.js`, `tweet.js`, `tweets-part1.js`. */
const TWEETS_FILE = /^tweets?(?:-part\d+)?\.js$/i;

/** The format a file name says, or null (`account.js`, `photo.png`, `notes`). */
export function formatFromName(name: string): Format | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (TWEETS_FILE.test(base)) return 'x-archive';
  const ext = /\.[^.]+$/.exec(base)?.[0]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? null;
}

export function formatFromContentType(type: string): Format | null {
  switch (type) {
    case 'text/html':
    case 'application/xhtml+xml':
      return 'html';
    case 'application/pdf':
      return 'pdf';
    case 'text/vtt':
      return 'vtt';
    case 'application/x-subrip':
      return 'srt';
    default:
      return null;
  }
}

/** The format the first bytes show, or null. */
export function sniffFormat(bytes: Uint8Array): Format | null {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^ï»¿/, '');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
  if (/^\s*window\.YTD\.tweets?\b/.test(head)) return 'x-archive';
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^\s*\d+\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/.test(head)) return 'srt';
  return null;
}
