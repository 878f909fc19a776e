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
  Passage,
  Role,
  Sieve,
  Span,
} from '../types.js';
import { classifyUnits, type Unit } from './classify-units.js';
import { carryOf, findQuotations, type Carry } from './quotations.js';
import { findQuoteMarks } from './quote-marks.js';
import { resolveNP, UNATTRIBUTED } from './mentions.js';
import type { MentionContext } from './mention-context.js';
import { DocumentNames, isOrganisation } from './person-names.js';
import { segmentSentences, trimSpan, wordCount } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';
import { assignQuoteIds } from './quote-id.js';
import {
  isHostRole,
  parseLabel,
  roleHolders,
  selfIntroduction,
  titleCase,
} from './transcript-labels.js';

interface Draft extends Span {
  speaker: string;
  role: Role;
  kind: BlockKind;
  parent: Draft | null;
  attribution: Attribution;
}

const QUESTION_TO_YOU = /\b(?:you|your|yourself|yours)\b/i;
/** Questions put as requests: "Tell me about the budget.", "Talk us through the vote." */
const REQUEST =
  /^(?:(?:so|and|finally|lastly|now),?\s+)?(?:tell|talk|walk|take)\s+(?:me|us)\b|^(?:describe|explain|finish|complete)\b|^let['’]s (?:talk|turn|move)\b/i;
const FIRST_PERSON = /\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|me|my|mine|we|our|us)\b/;
const THANKS = /\b(?:thanks|thank you)\b/i;
/** "— Maya Okafor, Labour candidate" under a block quote. */
const DASH_ATTRIBUTION =
  /^[—–―~-]\s*((?:[\p{Lu}][\p{L}’'.-]+\.?)(?:\s+[\p{Lu}][\p{L}’'.-]+){0,4})(?:\s*,\s*[^\n]{1,80})?$/u;
/** "Maya Okafor, Labour candidate" on its own line under a paragraph that is one quotation. */
const NAME_ATTRIBUTION =
  /^((?:[\p{Lu}][\p{L}’'.-]+\.?)(?:\s+[\p{Lu}][\p{L}’'.-]+){0,4})(?:\s*,\s*[^.!?\n]{1,60})?$/u;
/** A letter's sign-off; the name under it is the writer's. */
const SIGN_OFF =
  /(?:^|\n)[ \t]*(?:yours (?:sincerely|faithfully|truly|ever)|kind regards|best regards|best wishes|with best wishes|regards|sincerely|in solidarity|with thanks)[ \t]*,?[ \t]*\n\s*([\p{Lu}][\p{L}’'.-]+(?:[ \t]+[\p{Lu}][\p{L}’'.-]+){1,3})/iu;
/** A byline at the top of the body, when the front matter names no author. */
const BYLINE = /^by\s+([\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){1,3})\b/iu;
/** Presenters' continuity: what a broadcast says between items, not anyone's view. */
const CONTINUITY =
  /\b(?:after the (?:news|break|headlines)|after this (?:break|short break)|(?:stay|keep) (?:with us|listening|tuned)|you['’]re (?:listening|tuned) to|we['’]ll be (?:right )?back|(?:continues|more) (?:after|in a moment|shortly))\b/i;
/** The top of a page whose short lines may name a speech's speaker ("Mayor X | Hall | date"). */
const HEAD_CHARS = 800;
/** How far above a letter's salutation its address block may start. */
const ADDRESS_BLOCK_CHARS = 300;
/** How far back (characters) a role noun ("the judge") looks for the titled name it stands for. */
const EARLIER_CHARS = 2000;
/** Quotations of at least this many words that no sieve ties to anyone are "unattributed" passages. */
const UNATTRIBUTED_MIN_WORDS = 6;
/** Voices a paragraph can have from the layout alone: a quotation of its own replaces them only when sure. */
const LAYOUT_SURE: ReadonlySet<Sieve> = new Set([
  'label',
  'interview-layout',
  'post-header',
  'comment-header',
]);

interface Voices {
  subject: string | null;
  /** Who narrates the body: the author, else the publisher, else "the author". */
  narrator: string;
  /** The narrator's role: `subject` for the subject's own piece, else `author`. */
  narratorRole: Role;
  /** How the narrator is known. */
  narratorSieve: Sieve;
  narratorEvidence: Span | null;
  interviewer: string;
  interviewee: string;
  /** Whom a letter is addressed to ("Dear Minister Kerr,"), or null. */
  addressee: string | null;
}

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
  const labelled = bodyIdx.filter((i) => parseLabel(text(units[i]!)) !== null);
  const useLabels = labelled.length >= 2;
  const lastLabelled = labelled[labelled.length - 1] ?? -1;
  const holders = useLabels ? roleHolders(body) : new Map<string, string>();
  // An interview's questions: asked ("Why nursing?"), requested ("Tell me about …") or put to
  // "you" with no "I" ("You grew up on the estate."), when a first-person answer follows.
  const questions = new Set<number>();
  if (doc.kind === 'interview' && !useLabels) {
    bodyIdx.forEach((i, k) => {
      const t = text(units[i]!);
      const next = bodyIdx[k + 1];
      const answered = next !== undefined && FIRST_PERSON.test(text(units[next]!));
      if (isQuestion(t) || (answered && (isShortQuestion(t) || isPutToThem(t)))) questions.add(i);
    });
    // after the first question, a short remark with no "I" before a first-person answer is one too
    // ("The landlords' association says rents went up because of it.")
    const first = Math.min(...questions);
    bodyIdx.forEach((i, k) => {
      const t = text(units[i]!);
      const next = bodyIdx[k + 1];
      if (i <= first || next === undefined || questions.has(i) || questions.has(next)) return;
      const prevIsAnswer = k > 0 && !questions.has(bodyIdx[k - 1]!);
      if (
        prevIsAnswer &&
        !FIRST_PERSON.test(t) &&
        wordCount(t) <= 20 &&
        FIRST_PERSON.test(text(units[next]!)) &&
        !mentions(t, v.subject, speakers)
      )
        questions.add(i);
    });
  }
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
  const sure = (sieve: Sieve, evidence: Span | null = null): Attribution => ({ sieve, evidence });
  const narration = sure(v.narratorSieve, v.narratorEvidence);
  let labelVoice: { speaker: string; role: Role; kind: BlockKind; evidence: Span } | null = null;
  let inQA = false;
  let bodySeen = 0;

  // "— Name, role" lines the layout took for furniture lines, read when the loop passes them
  const dashLines = layout.furnitureLines
    .map((f) => f.span)
    .filter((f) => DASH_ATTRIBUTION.test(body.slice(f.start, f.end)));
  let dashAt = 0;
  const attributionLinesBefore = (offset: number) => {
    for (; dashAt < dashLines.length && dashLines[dashAt]!.start < offset; dashAt++)
      attributionLine(dashLines[dashAt]!, false);
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const cls = classes[i]!;
    const t = text(unit);
    attributionLinesBefore(unit.start);
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
        labelVoice = { ...voiceOfLabel(label), evidence };
        const rest = trimSpan(body, unit.start + label.length, unit.end);
        if (doc.kind === 'transcript' && isContinuity(body.slice(rest.start, rest.end))) {
          furniture.push({ ...unit, reason: 'broadcast continuity' });
          continue;
        }
        add(rest, labelVoice.speaker, labelVoice.role, labelVoice.kind, sure('label', evidence));
        continue;
      }
      // after the last label, only first-person paragraphs still belong to its speaker
      if (labelVoice && (i < lastLabelled || FIRST_PERSON.test(t))) {
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

  /**
   * "— Maya Okafor, role" under a block quote (with or without quotation marks), or a name line
   * under a paragraph that is one quotation: the paragraphs above it are that person's.
   */
  function attributionLine(unit: Span, isHeading: boolean): boolean {
    const t = body.slice(unit.start, unit.end);
    const dash = DASH_ATTRIBUTION.exec(t);
    const prev = drafts[drafts.length - 1];
    if (!prev || prev.kind === 'heading' || prev.kind === 'comment') return false;
    if (!dash && !(isHeading && NAME_ATTRIBUTION.test(t) && isWholeQuotation(body, prev)))
      return false;
    if (prev.attribution.sieve === 'label' || prev.attribution.sieve === 'post-header')
      return false;
    const name = (dash ?? NAME_ATTRIBUTION.exec(t))![1]!;
    const ctx: MentionContext = { speakers, names, voice: v.narrator };
    const who = resolveNP(name, body.slice(0, prev.start), t, ctx);
    if (!who) return false;
    const attribution = sure('attribution-line', { start: unit.start, end: unit.end });
    // the block quote may run over several paragraphs: all the quoted ones right above the line
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k]!;
      if (d.kind === 'heading' || d.kind === 'comment' || d.parent) break;
      if (k < drafts.length - 1 && !isWholeQuotation(body, d)) break;
      Object.assign(d, quotedContent(body, d));
      d.speaker = who.speaker;
      d.role = roleOf(who.speaker);
      d.kind = 'quotation';
      d.attribution = attribution;
    }
    furniture.push({ start: unit.start, end: unit.end, reason: 'attribution line' });
    return true;
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

  function voiceOfLabel(label: NonNullable<ReturnType<typeof parseLabel>>): {
    speaker: string;
    role: Role;
    kind: BlockKind;
  } {
    if (label.qa === 'Q') return { speaker: v.interviewer, role: 'interviewer', kind: 'question' };
    if (label.qa === 'A')
      return { speaker: v.interviewee, role: roleOf(v.interviewee), kind: 'answer' };
    const written = label.name ?? (label.role ? (holders.get(label.role) ?? null) : null);
    const named = written
      ? (speakers.canonicalInText(written) ??
        speakers.canonicalInText(titleCase(written)) ??
        names.resolve(titleCase(written)) ??
        titleCase(written))
      : `the ${label.role}`;
    if (
      isHostRole(label.role) ||
      (label.numbered && named !== v.subject) ||
      (named === v.interviewer && named !== v.subject)
    )
      return { speaker: named, role: 'interviewer', kind: 'question' };
    return {
      speaker: named,
      role: roleOf(named),
      kind: named === v.interviewee ? 'answer' : 'narration',
    };
  }

  attributionLinesBefore(body.length);

  // Stage two: quoted speech inside passages, with the speaker the text names.
  const withQuotes: Draft[] = [];
  let carry: Carry | null = null;
  let previousText = '';
  for (const d of drafts) {
    withQuotes.push(d);
    if (d.kind === 'comment' || d.kind === 'heading' || d.kind === 'quotation') {
      carry = null;
      previousText = '';
      continue;
    }
    const ctx: MentionContext = {
      speakers,
      names,
      voice: d.speaker,
      addressee: v.addressee,
      earlier: body.slice(Math.max(0, d.start - EARLIER_CHARS), d.start),
    };
    const quotes = findQuotations(body, d, ctx, previousText, carry);
    carry = carryOf(quotes, body.slice(d.start, d.end), d.start);
    previousText = body.slice(d.start, d.end);
    for (const q of quotes) {
      const speaker =
        q.speaker ??
        (wordCount(body.slice(q.content.start, q.content.end)) >= UNATTRIBUTED_MIN_WORDS
          ? UNATTRIBUTED
          : null);
      if (speaker === null || speaker === d.speaker) continue;
      const attribution = q.speaker === null ? sure('none') : q.attribution;
      if (q.whole && !LAYOUT_SURE.has(d.attribution.sieve)) {
        // a paragraph of quoted speech is that speaker's passage, not the narrator's
        Object.assign(d, q.content, {
          speaker,
          role: roleOf(speaker),
          kind: 'quotation',
          attribution,
        });
        break;
      }
      withQuotes.push({
        ...q.content,
        speaker,
        role: roleOf(speaker),
        kind: 'quotation',
        parent: d,
        attribution,
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
    attribution: d.attribution,
  }));
  assignQuoteIds(doc.id, passages);
  withQuotes.forEach((d, i) => {
    if (d.parent) passages[i]!.parentId = passages[withQuotes.indexOf(d.parent)]!.id;
  });
  furniture.sort((a, b) => a.start - b.start);
  return { document: doc, passages, furniture };
}

/** Who narrates, who is interviewed, whose piece a first-person document is. */
function voicesOf(
  doc: Document,
  speakers: SpeakerDirectory,
  units: readonly Unit[],
  text: (u: Unit) => string,
): Voices {
  const body = doc.body;
  const subject = doc.hints.subject
    ? (speakers.canonicalInText(doc.hints.subject) ?? doc.hints.subject)
    : speakers.subject;
  let author = doc.author ? (speakers.canonicalInText(doc.author) ?? doc.author) : null;
  let narratorSieve: Sieve = author ? 'front-matter' : 'narration';
  let narratorEvidence: Span | null = null;
  if (!author) {
    // a byline in the first lines of the body, or a letter's signature
    for (const u of units.slice(0, 8)) {
      const m = BYLINE.exec(text(u));
      if (m) {
        author = speakers.canonicalInText(m[1]!) ?? m[1]!;
        narratorSieve = 'front-matter';
        narratorEvidence = { start: u.start, end: u.start + m[0].length };
        break;
      }
    }
  }
  if (doc.kind === 'letter') {
    const sign = SIGN_OFF.exec(body);
    if (sign) {
      const name = speakers.canonicalInText(sign[1]!) ?? sign[1]!;
      if (!author || author !== name) {
        author = name;
        narratorSieve = 'first-person';
        const at = sign.index + sign[0].length - sign[1]!.length;
        narratorEvidence = { start: at, end: at + sign[1]!.length };
      }
    }
  }
  if (!author && ['op-ed', 'speech', 'letter', 'social'].includes(doc.kind)) {
    // "Speech by Maya Okafor to …", "Maya Okafor (@mayaokafor) / X", a header line "Mayor Tessa
    // Rangihuna | Memorial Hall | 28 November": the one person the title or the page's head names
    const head = `${doc.title}\n${body
      .slice(0, HEAD_CHARS)
      .split('\n')
      .filter((line) => line.trim() !== '' && wordCount(line) <= 16)
      .slice(0, 8)
      .join('\n')}`;
    const named = speakers
      .mentionPatterns()
      .filter((p) => includesWord(head, p.alias) && !isOrganisation(p.alias, p.canonical));
    const distinct = [...new Set(named.map((p) => p.canonical))];
    if (distinct.length === 1) {
      author = distinct[0]!;
      narratorSieve = 'first-person';
    }
  }
  const narrator = author ?? doc.publisher ?? 'the author';
  const addressee = doc.kind === 'letter' ? addresseeOf(body, speakers, narrator) : null;
  const interviewer = doc.hints.interviewer
    ? (speakers.canonicalInText(doc.hints.interviewer) ?? doc.hints.interviewer)
    : author && author !== subject
      ? author
      : 'the interviewer';
  return {
    subject,
    narrator,
    narratorRole: author !== null && author === subject ? 'subject' : 'author',
    narratorSieve,
    narratorEvidence,
    interviewer,
    interviewee: subject ?? 'the interviewee',
    addressee,
  };
}

/** "Why nursing?", "And the libel case?": a short question with no "I" in it. */
function isShortQuestion(t: string): boolean {
  return /\?\s*(?:\*\*)?$/.test(t) && wordCount(t) <= 15 && !FIRST_PERSON.test(t);
}

/** "You grew up on the estate.", "Some say you used the case.": a remark put to the interviewee. */
function isPutToThem(t: string): boolean {
  return QUESTION_TO_YOU.test(t) && !FIRST_PERSON.test(t) && wordCount(t) <= 30;
}

/**
 * Whom a letter is to: the name in its salutation ("Dear Simon Kerr,"), or, when the salutation
 * gives only a role ("Dear Minister,", "Tēnā koe Minister,"), the person named in the address
 * block above it.
 */
function addresseeOf(body: string, speakers: SpeakerDirectory, narrator: string): string | null {
  const salutation =
    /^[ \t]*(?:Dear|Tēnā koe|Tena koe|Kia ora|Hello|Hi|To)\s+([^,\n]{2,60}),?[ \t]*$/m.exec(body);
  if (!salutation) return null;
  const ctx = { speakers, names: new DocumentNames(), voice: narrator };
  const named =
    speakers.canonicalInText(salutation[1]!.trim()) ??
    resolveNP(salutation[1]!, '', '', ctx)?.speaker;
  if (named && /\s/.test(named)) return named;
  const block = body.slice(Math.max(0, salutation.index - ADDRESS_BLOCK_CHARS), salutation.index);
  const person = mentionedInText(block, speakers).find((n) => !isOrganisation(n, n));
  return person ?? named ?? null;
}

function mentionedInText(text: string, speakers: SpeakerDirectory): string[] {
  return speakers
    .mentionPatterns()
    .filter((p) => includesWord(text, p.alias))
    .map((p) => p.canonical);
}

function isQuestion(t: string): boolean {
  const plain = t.replace(/^\*\*|\*\*$/g, '');
  if (REQUEST.test(plain) && wordCount(plain) <= 30) return true;
  return /\?\s*(?:\*\*)?$/.test(t) && QUESTION_TO_YOU.test(t) && wordCount(t) >= 5;
}

function isContinuity(t: string): boolean {
  return CONTINUITY.test(t) && wordCount(t) <= 40;
}

/** A paragraph that is one quotation from its first character to its last. */
function isWholeQuotation(body: string, span: Span): boolean {
  const t = body.slice(span.start, span.end);
  if (/^>\s/.test(t)) return true;
  const marks = findQuoteMarks(t);
  return marks.length === 1 && marks[0]![0] === 0 && marks[0]![1] >= t.length - 2;
}

/** The words inside a block quote's marks (or after its `>`), as a span of the body. */
function quotedContent(body: string, span: Span): Span {
  const t = body.slice(span.start, span.end);
  const quote = /^>\s*/.exec(t);
  if (quote) return trimSpan(body, span.start + quote[0].length, span.end);
  const marks = findQuoteMarks(t);
  if (marks.length === 1 && marks[0]![0] === 0) {
    let end = span.start + marks[0]![1];
    while (end > span.start && /[\s,]/.test(body[end - 1]!)) end--;
    return trimSpan(body, span.start + 1, end);
  }
  return span;
}

function mentions(t: string, name: string | null, speakers: SpeakerDirectory): boolean {
  if (!name) return false;
  return speakers.mentionPatterns().some((p) => p.canonical === name && includesWord(t, p.alias));
}

function includesWord(t: string, word: string): boolean {
  for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
    const before = i === 0 ? ' ' : t[i - 1]!;
    const after = t[i + word.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/** Comments often come numbered ("1. Totally agree"); the number is not part of what was said. */
function stripListMarker(body: string, unit: Unit): Span {
  const m = /^\d{1,3}\.\s+/.exec(body.slice(unit.start, unit.end));
  return m
    ? trimSpan(body, unit.start + m[0].length, unit.end)
    : { start: unit.start, end: unit.end };
}
