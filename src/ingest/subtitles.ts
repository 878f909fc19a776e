/**
 * SRT and WebVTT subtitles as a transcript: cues joined into paragraphs (a new one at a change of
 * speaker or a pause), WebVTT voice tags (`<v Maya Okafor>`) and `NAME:` openings written as
 * `Name: ` labels, and each paragraph under its start time on a line of its own (`[00:01:23]`),
 * so a quote can be linked to its moment (`url#t=83`). Cue timing is parsed by
 * @plussub/srt-vtt-parser.
 * @see https://www.w3.org/TR/webvtt1/#webvtt-cue-voice-span
 */
import { parse } from '@plussub/srt-vtt-parser';
import { failed, type Extraction } from './types.js';

/** A pause this long between cues starts a new paragraph. */
const PAUSE_MS = 2000;
/** A paragraph this long ends at its next sentence end. */
const PARAGRAPH_CHARS = 600;

interface Cue {
  start: number;
  end: number;
  speaker: string | null;
  /** Text after a dialogue dash ("- Yes."): someone else speaks, unnamed. */
  turn: boolean;
  text: string;
}

interface Paragraph {
  start: number;
  speaker: string | null;
  parts: string[];
}

export function extractSubtitles(raw: string, label: string, title: string): Extraction {
  let entries: { from: number; to: number; text: string }[];
  try {
    entries = (parse(raw.replace(/^\uFEFF/, '')) as { entries: typeof entries }).entries;
  } catch (err) {
    return failed(`not valid subtitles (${err instanceof Error ? err.message : String(err)})`);
  }
  const cues = entries.flatMap(readCue);
  if (cues.length === 0) return failed('the subtitles hold no cue with text');
  const paragraphs = joinCues(cues);
  const body = paragraphs
    .map((p) => `[${clock(p.start)}]\n${p.speaker ? `${p.speaker}: ` : ''}${p.parts.join(' ')}`)
    .join('\n\n');
  return {
    ok: true,
    documents: [
      {
        label,
        title,
        author: null,
        publisher: null,
        url: null,
        published: null,
        kind: 'transcript',
        body: `${body}\n`,
      },
    ],
  };
}

/** One cue's lines as cues of their own speakers (a cue may hold two voices). */
function readCue(entry: { from: number; to: number; text: string }): Cue[] {
  const out: Cue[] = [];
  let speaker: string | null = null;
  for (const rawLine of entry.text.split(/\r?\n/)) {
    let line = rawLine;
    const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(line);
    if (voice) speaker = labelName(voice[1]!);
    line = decodeEntities(
      line
        .replace(/<[^>]*>/g, '') // voice, class, italics and karaoke timing tags
        .replace(/\{\\[^}]*\}/g, ''), // SSA positioning left in SRT files: {\an8}
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (!line || /^(?:\[[^\]]*\]|\([^)]*\)|[♪♫\s]+)$/.test(line)) continue; // [Applause], ♪
    let turn = false;
    const dash = /^[-–]\s*/.exec(line);
    if (dash) {
      line = line.slice(dash[0].length);
      turn = true;
    }
    const named = /^([A-Z][A-Z.’' -]{1,40}):\s+(?=\S)/.exec(line);
    if (named) {
      speaker = labelName(named[1]!);
      line = line.slice(named[0].length);
    }
    out.push({ start: entry.from, end: entry.to, speaker, turn, text: line });
  }
  return out;
}

function joinCues(cues: Cue[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lastEnd = -Infinity;
  let lastText = '';
  for (const cue of cues) {
    // rolling captions repeat the line before: keep it once
    if (cue.text === lastText) continue;
    const current = paragraphs[paragraphs.length - 1];
    // a cue with no voice is the voice before it, unless a dash says someone else answers
    const speaker = cue.speaker ?? (cue.turn ? null : (current?.speaker ?? null));
    const fresh =
      !current ||
      cue.turn ||
      speaker !== current.speaker ||
      cue.start - lastEnd >= PAUSE_MS ||
      (current.parts.join(' ').length >= PARAGRAPH_CHARS && /[.!?…]["”’)]?$/.test(lastText));
    if (fresh) paragraphs.push({ start: cue.start, speaker, parts: [cue.text] });
    else current.parts.push(cue.text);
    lastEnd = Math.max(lastEnd, cue.end);
    lastText = cue.text;
  }
  return paragraphs;
}

/** A voice name as a transcript label: "maya" → "Maya" (labels start with a capital). */
function labelName(name: string): string {
  const t = name.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** 83_500 ms → `00:01:23`. */
function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    nbsp: ' ',
    quot: '"',
    apos: "'",
    lrm: '',
    rlm: '',
  };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return named[code.toLowerCase()] ?? all;
  });
}
