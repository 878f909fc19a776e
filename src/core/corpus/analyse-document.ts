/**
 * Turns one document into attributed passages: every post, answer, question, paragraph and quoted
 * speech gets a speaker and a role, and every span is an exact substring of the body. The rule
 * that matters most: text whose speaker is not known is never given to the subject.
 */
import type {
  AnalysedDocument,
  BlockKind,
  Document,
  FurnitureSpan,
  Passage,
  Role,
  Span,
} from '../types.js';
import { classifyUnits, type Unit } from './classify-units.js';
import { findQuotations, findQuoteMarks, resolveNP, type QuoteContext } from './quotations.js';
import { segmentSentences, trimSpan, wordCount } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';
import { assignQuoteIds } from './quote-id.js';

interface Draft extends Span {
  speaker: string;
  role: Role;
  kind: BlockKind;
  parent: Draft | null;
}

const QUESTION_TO_YOU = /\b(?:you|your|yourself|yours)\b/i;
const FIRST_PERSON = /\b(?:I|I’m|I'm|I’ve|I've|me|my|mine|we|our|us)\b/;
const THANKS = /\b(?:thanks|thank you)\b/i;
/** `Q:`, `A:`, `RACHAEL:`, `Chris Williamson:` at the start of a paragraph in a transcript. */
const SPEAKER_LABEL = /^(Q|A|[\p{Lu}][\p{L}.’' -]{0,40}?)\s*:\s+/u;
/** "Chris Williamson, Labour Heartlands" or "— Chris Williamson" under a quotation. */
const ATTRIBUTION_LINE =
  /^[—–-]?\s*([\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){0,3})(?:\s*,\s*[^.!?]{1,60})?$/u;

export function analyseDocument(doc: Document, speakers: SpeakerDirectory): AnalysedDocument {
  const body = doc.body;
  const layout = classifyUnits(doc);
  const { units, classes } = layout;
  const text = (u: Unit) => body.slice(u.start, u.end);
  const furniture: FurnitureSpan[] = layout.furnitureLines.map(({ span, reason }) => ({
    ...span,
    reason,
  }));

  const subject = doc.hints.subject
    ? (speakers.canonicalInText(doc.hints.subject) ?? doc.hints.subject)
    : speakers.subject;
  const author = doc.author ? (speakers.canonicalInText(doc.author) ?? doc.author) : null;
  const narrator = author ?? doc.publisher ?? 'the author';
  const ownRole: Role = author !== null && author === subject ? 'subject' : 'author';
  const interviewer = doc.hints.interviewer
    ? (speakers.canonicalInText(doc.hints.interviewer) ?? doc.hints.interviewer)
    : (author ?? 'the interviewer');
  const interviewee = subject ?? 'the interviewee';
  const roleOf = (name: string): Role => (name === subject ? 'subject' : 'quoted');

  const bodyIdx = units.map((_, i) => i).filter((i) => classes[i]!.type === 'body');
  const labelled = bodyIdx.filter((i) => SPEAKER_LABEL.test(text(units[i]!)));
  const useLabels = labelled.length >= 2;
  const firstQuestion =
    doc.kind === 'interview' && !useLabels
      ? (bodyIdx.find((i) => isQuestion(text(units[i]!))) ?? -1)
      : -1;

  const drafts: Draft[] = [];
  const add = (span: Span, speaker: string, role: Role, kind: BlockKind) =>
    drafts.push({ start: span.start, end: span.end, speaker, role, kind, parent: null });
  let labelVoice: { speaker: string; role: Role; kind: BlockKind } | null = null;
  let inQA = false;
  let bodySeen = 0;

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const cls = classes[i]!;
    const t = text(unit);
    if (cls.type === 'furniture') {
      furniture.push({ start: unit.start, end: unit.end, reason: cls.reason });
      continue;
    }
    if (cls.type === 'comment') {
      add(stripListMarker(body, unit), 'a reader', 'commenter', 'comment');
      continue;
    }
    if (cls.type === 'heading') {
      // an attribution line under a whole-paragraph quotation names its speaker
      const prev = drafts[drafts.length - 1];
      const attribution = ATTRIBUTION_LINE.exec(t);
      if (prev && attribution && isWholeQuotation(body, prev) && prev.end <= unit.start) {
        const speaker = resolveNP(attribution[1]!, body.slice(0, prev.start), t, {
          speakers,
          voice: narrator,
        });
        const [open, close] = findQuoteMarks(body.slice(prev.start, prev.end))[0]!;
        Object.assign(prev, trimSpan(body, prev.start + open + 1, prev.start + close));
        prev.speaker = speaker;
        prev.role = roleOf(speaker);
        prev.kind = 'quotation';
        furniture.push({ start: unit.start, end: unit.end, reason: 'attribution line' });
        continue;
      }
      add(unit, doc.publisher ?? narrator, 'author', 'heading');
      continue;
    }

    bodySeen++;
    if (useLabels) {
      const m = SPEAKER_LABEL.exec(t);
      if (m) {
        const label = m[1]!;
        if (label === 'Q' || speakers.canonicalInText(label) === interviewer) {
          labelVoice = { speaker: interviewer, role: 'interviewer', kind: 'question' };
        } else if (label === 'A') {
          labelVoice = { speaker: interviewee, role: roleOf(interviewee), kind: 'answer' };
        } else {
          const name = speakers.canonicalInText(label) ?? titleCase(label);
          labelVoice = {
            speaker: name,
            role: roleOf(name),
            kind: name === interviewee ? 'answer' : 'narration',
          };
        }
        const start = trimSpan(body, unit.start + m[0].length, unit.end);
        add(start, labelVoice.speaker, labelVoice.role, labelVoice.kind);
        continue;
      }
      if (labelVoice) {
        add(unit, labelVoice.speaker, labelVoice.role, labelVoice.kind);
        continue;
      }
    }
    if (doc.kind === 'interview') {
      // Before the first question and after the sign-off: the interviewer's narration.
      if (firstQuestion >= 0 && i >= firstQuestion && isQuestion(t)) {
        inQA = true;
        add(unit, interviewer, 'interviewer', 'question');
      } else {
        if (inQA && THANKS.test(t) && subject !== null && t.includes(subject)) inQA = false; // the sign-off
        if (inQA) add(unit, interviewee, roleOf(interviewee), 'answer');
        else add(unit, interviewer, 'author', 'narration');
      }
      continue;
    }
    // A standfirst in a first-person piece: the editor introducing the author in the third person.
    const standfirst =
      ownRole === 'subject' &&
      bodySeen <= 3 &&
      doc.kind !== 'social' &&
      !FIRST_PERSON.test(t) &&
      mentions(t, subject, speakers);
    if (standfirst) add(unit, doc.publisher ?? 'the editor', 'author', 'narration');
    else add(unit, narrator, ownRole, doc.kind === 'social' ? 'post' : 'narration');
  }

  // Quoted speech inside passages becomes its own passage, with the speaker the text names.
  const withQuotes: Draft[] = [];
  for (const d of drafts) {
    withQuotes.push(d);
    if (d.kind === 'comment' || d.kind === 'heading' || d.kind === 'quotation') continue;
    const ctx: QuoteContext = { speakers, voice: d.speaker };
    for (const q of findQuotations(body, d, ctx)) {
      if (q.speaker === null || q.speaker === d.speaker) continue;
      withQuotes.push({
        ...q.content,
        speaker: q.speaker,
        role: roleOf(q.speaker),
        kind: 'quotation',
        parent: d,
      });
    }
  }

  const passages: Passage[] = withQuotes.map((d, order) => ({
    id: '',
    documentId: doc.id,
    speaker: d.speaker,
    role: d.role,
    kind: d.kind,
    start: d.start,
    end: d.end,
    text: body.slice(d.start, d.end),
    sentences: segmentSentences(body, d.start, d.end),
    parentId: null,
    order,
  }));
  assignQuoteIds(doc.id, passages);
  withQuotes.forEach((d, i) => {
    if (d.parent) passages[i]!.parentId = passages[withQuotes.indexOf(d.parent)]!.id;
  });
  furniture.sort((a, b) => a.start - b.start);
  return { document: doc, passages, furniture };
}

function isQuestion(t: string): boolean {
  return /\?\s*$/.test(t) && QUESTION_TO_YOU.test(t) && wordCount(t) >= 5;
}

/** A paragraph that is one quotation from its first character to its last. */
function isWholeQuotation(body: string, span: Span): boolean {
  const t = body.slice(span.start, span.end);
  const marks = findQuoteMarks(t);
  return marks.length === 1 && marks[0]![0] === 0 && marks[0]![1] >= t.length - 2;
}

function mentions(t: string, name: string | null, speakers: SpeakerDirectory): boolean {
  if (!name) return false;
  return speakers.mentionPatterns().some((p) => p.canonical === name && t.includes(p.alias));
}

/** Comments often come numbered ("1. Totally agree"); the number is not part of what was said. */
function stripListMarker(body: string, unit: Unit): Span {
  const m = /^\d{1,3}\.\s+/.exec(body.slice(unit.start, unit.end));
  return m
    ? trimSpan(body, unit.start + m[0].length, unit.end)
    : { start: unit.start, end: unit.end };
}

function titleCase(label: string): string {
  return label === label.toUpperCase()
    ? label.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
    : label;
}
