/**
 * Turns one document into attributed passages: every post, answer, question, paragraph and quoted
 * speech gets a speaker, a role and the attribution that decided it (which sieve, which words), and
 * every span is an exact substring of the body. The rule that matters most: text whose speaker is
 * not known is "unattributed", never the subject.
 *
 * Two stages, as in Muzny et al.'s sieves: the layout first gives each paragraph its voice
 * (speaker labels, an interview's questions and answers, a post's header, a comment's header, a
 * first-person piece's author, otherwise the narrator), then the quotations inside each paragraph
 * are found and linked to their speakers (quotations.ts), and block quotes take the speaker of the
 * attribution line under them.
 */
import type {
  AnalysedDocument,
  Attribution,
  BlockKind,
  Document,
  FurnitureSpan,
  Role,
  Span,
} from '../types.js';
import {
  attributionLine as attributionLineOf,
  DASH_ATTRIBUTION,
  type AttributionLines,
} from './attribution-lines.js';
import { classifyUnits, type Unit } from './classify-units.js';
import { passagesOf, sure, type Draft } from './drafts.js';
import { FIRST_PERSON, interviewQuestions } from './interview-questions.js';
import { isContinuity, voiceOfLabel, type LabelContext } from './label-voices.js';
import { resolveNP } from './mentions.js';
import { DocumentNames } from './person-names.js';
import { nameLineLabels } from './name-lines.js';
import { withQuotedSpeech } from './quoted-speech.js';
import { trimSpan } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';
import {
  parseLabel,
  castHosts,
  roleHolders,
  selfIntroduction,
  titleCase,
} from './transcript-labels.js';
import { mentions, voicesOf } from './voices.js';

const THANKS = /\b(?:thanks|thank you)\b/i;

export function analyseDocument(doc: Document, speakers: SpeakerDirectory): AnalysedDocument {
  const body = doc.body;
  const layout = classifyUnits(doc);
  const { units, classes } = layout;
  const text = (u: Unit) => body.slice(u.start, u.end);
  const furniture: FurnitureSpan[] = layout.furnitureLines.map(({ span, reason }) => ({
    ...span,
    reason,
  }));
  const v = voicesOf(doc, speakers, units, text);
  const roleOf = (name: string): Role => (name === v.subject ? 'subject' : 'quoted');
  const names = new DocumentNames();
  names.observe(doc.title, speakers);

  const bodyIdx = units.map((_, i) => i).filter((i) => classes[i]!.type === 'body');
  const nameLines = nameLineLabels(units.map(text), (i) => classes[i]!.type === 'body', speakers);
  const labelled = [
    ...nameLines.keys(),
    ...bodyIdx.filter((i) => parseLabel(text(units[i]!)) !== null),
  ].sort((a, b) => a - b);
  const useLabels = labelled.length >= 2;
  const lastLabelled = labelled[labelled.length - 1] ?? -1;
  const holders = useLabels ? roleHolders(body) : new Map<string, string>();
  const hosts = useLabels ? castHosts(body) : new Set<string>();
  const labelContext: LabelContext = { voices: v, holders, hosts, speakers, names, roleOf };
  // An interview's questions: asked ("Why nursing?"), requested ("Tell me about …") or put to
  // "you" with no "I" ("You grew up on the estate."), when a first-person answer follows.
  const questions =
    doc.kind === 'interview' && !useLabels
      ? interviewQuestions(bodyIdx, (i) => text(units[i]!), v.subject, speakers)
      : new Set<number>();
  const lastQuestion = questions.size > 0 ? Math.max(...questions) : -1;

  const drafts: Draft[] = [];
  const add = (
    span: Span,
    speaker: string,
    role: Role,
    kind: BlockKind,
    attribution: Attribution,
  ) =>
    drafts.push({
      start: span.start,
      end: span.end,
      speaker,
      role,
      kind,
      parent: null,
      attribution,
    });
  const narration = sure(v.narratorSieve, v.narratorEvidence);
  let labelVoice: { speaker: string; role: Role; kind: BlockKind; evidence: Span } | null = null;
  let nameLineAt = -2;
  let inQA = false;
  let bodySeen = 0;

  // "— Name, role" lines the layout took for furniture lines, read when the loop passes them
  const dashLines = layout.furnitureLines
    .map((f) => f.span)
    .filter((f) => DASH_ATTRIBUTION.test(body.slice(f.start, f.end)));
  let dashAt = 0;
  const lines: AttributionLines = {
    body,
    drafts,
    furniture,
    speakers,
    names,
    narrator: v.narrator,
    roleOf,
  };
  const attributionLine = (unit: Span, isHeading: boolean) =>
    attributionLineOf(lines, unit, isHeading);
  const attributionLinesBefore = (offset: number) => {
    for (; dashAt < dashLines.length && dashLines[dashAt]!.start < offset; dashAt++)
      attributionLine(dashLines[dashAt]!, false);
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const cls = classes[i]!;
    const t = text(unit);
    attributionLinesBefore(unit.start);
    const nameLine = nameLines.get(i);
    if (nameLine) {
      // a speaker's name on its own line: the paragraphs under it are theirs
      labelVoice = { ...voiceOfLabel(nameLine, labelContext), evidence: unit };
      nameLineAt = i;
      furniture.push({ start: unit.start, end: unit.end, reason: 'speaker label' });
      continue;
    }
    if (cls.type === 'furniture') {
      // "— Name, role" reads like a byline to the layout, but under a quotation it names its speaker
      if (DASH_ATTRIBUTION.test(t) && attributionLine(unit, false)) continue;
      furniture.push({ start: unit.start, end: unit.end, reason: cls.reason });
      continue;
    }
    const commentHeader = unit.comment !== null ? layout.comments[unit.comment] : undefined;
    if (cls.type === 'comment' || (commentHeader && cls.type === 'body')) {
      // the comment's header names who wrote it; the subject answering readers is still the subject
      const name = commentHeader ? nameOf(commentHeader.name) : 'a reader';
      add(
        stripListMarker(body, unit),
        name,
        name === v.subject ? 'subject' : 'commenter',
        'comment',
        commentHeader ? sure('comment-header', commentHeader.span) : sure('none'),
      );
      continue;
    }
    if (attributionLine(unit, cls.type === 'heading')) continue;
    // a block quote with its attribution line in the same block: "“…”\n– Name, role"
    const lastLine = body.lastIndexOf('\n', unit.end - 1) + 1;
    if (
      !useLabels &&
      lastLine > unit.start &&
      DASH_ATTRIBUTION.test(body.slice(lastLine, unit.end))
    ) {
      const quote = trimSpan(body, unit.start, lastLine);
      names.observe(body.slice(quote.start, quote.end), speakers);
      add(quote, v.narrator, v.narratorRole, 'narration', narration);
      if (attributionLine({ start: lastLine, end: unit.end }, false)) continue;
      drafts.pop();
    }
    if (cls.type === 'heading') {
      add(unit, doc.publisher ?? v.narrator, 'author', 'heading', sure('narration'));
      continue;
    }
    names.observe(t, speakers);

    bodySeen++;
    if (useLabels) {
      const label = parseLabel(t);
      if (label) {
        const evidence = { start: unit.start, end: unit.start + label.length };
        if (label.role && !label.name && !holders.has(label.role)) {
          const intro = selfIntroduction(t);
          if (intro) holders.set(label.role, intro);
        }
        labelVoice = { ...voiceOfLabel(label, labelContext), evidence };
        const rest = trimSpan(body, unit.start + label.length, unit.end);
        if (doc.kind === 'transcript' && isContinuity(body.slice(rest.start, rest.end))) {
          furniture.push({ ...unit, reason: 'broadcast continuity' });
          continue;
        }
        add(rest, labelVoice.speaker, labelVoice.role, labelVoice.kind, sure('label', evidence));
        continue;
      }
      // after the last label, only first-person paragraphs still belong to its speaker
      // (the paragraph right under a name on its own line is always that person's)
      if (labelVoice && (i < lastLabelled || i === nameLineAt + 1 || FIRST_PERSON.test(t))) {
        add(
          unit,
          labelVoice.speaker,
          labelVoice.role,
          labelVoice.kind,
          sure('label', labelVoice.evidence),
        );
        continue;
      }
    }
    if (doc.kind === 'interview') {
      // Before the first question and after the sign-off: the interviewer's narration.
      if (questions.has(i)) {
        inQA = true;
        add(unit, v.interviewer, 'interviewer', 'question', sure('interview-layout'));
      } else {
        if (inQA && THANKS.test(t) && v.subject !== null && t.includes(v.subject)) inQA = false; // the sign-off
        // "Okafor will be speaking at …": the magazine's closing line, not an answer
        const aboutThem = inQA && !FIRST_PERSON.test(t) && mentions(t, v.subject, speakers);
        if (aboutThem && i > lastQuestion) inQA = false;
        if (inQA && !aboutThem)
          add(unit, v.interviewee, roleOf(v.interviewee), 'answer', sure('interview-layout'));
        else add(unit, v.interviewer, 'author', 'narration', sure('narration'));
      }
      continue;
    }
    // A post under its header: the account that wrote it (a repost is the other account's words)
    const post = unit.post !== null ? layout.posts[unit.post] : undefined;
    if (post) {
      const name = post.name
        ? nameOf(post.name)
        : post.handle
          ? (handleOwner(post.handle) ?? `@${post.handle}`)
          : v.narrator;
      const role: Role =
        name === v.subject ? 'subject' : post.isReply && !post.isRepost ? 'commenter' : 'quoted';
      add(unit, name, role, 'post', sure('post-header', post.span));
      continue;
    }
    // A standfirst in a first-person piece: the editor introducing the author in the third person.
    const standfirst =
      v.narratorRole === 'subject' &&
      bodySeen <= 3 &&
      doc.kind !== 'social' &&
      !FIRST_PERSON.test(t) &&
      mentions(t, v.subject, speakers);
    if (standfirst)
      add(unit, doc.publisher ?? 'the editor', 'author', 'narration', sure('narration'));
    else
      add(
        unit,
        v.narrator,
        v.narratorRole,
        doc.kind === 'social' ? 'post' : 'narration',
        narration,
      );
  }

  /** A name as a page shows it ("NIAMH WHITCOMBE", "Cllr Okafor"), as the speaker it stands for. */
  function nameOf(written: string): string {
    const bare = written.trim();
    return (
      speakers.canonicalInText(bare) ??
      speakers.canonicalInText(titleCase(bare)) ??
      resolveNP(bare, '', '', { speakers, names, voice: v.narrator })?.speaker ??
      bare
    );
  }

  /** The account a handle belongs to, when a post header on this page showed both. */
  function handleOwner(handle: string): string | null {
    const named = layout.posts.find((p) => p.handle === handle && p.name);
    return named?.name ? nameOf(named.name) : null;
  }

  attributionLinesBefore(body.length);

  const withQuotes = withQuotedSpeech(body, drafts, {
    speakers,
    names,
    addressee: v.addressee,
    roleOf,
  });
  const passages = passagesOf(doc, withQuotes);
  furniture.sort((a, b) => a.start - b.start);
  return { document: doc, passages, furniture };
}

/** Comments often come numbered ("1. Totally agree"); the number is not part of what was said. */
function stripListMarker(body: string, unit: Unit): Span {
  const m = /^\d{1,3}\.\s+/.exec(body.slice(unit.start, unit.end));
  return m
    ? trimSpan(body, unit.start + m[0].length, unit.end)
    : { start: unit.start, end: unit.end };
}
