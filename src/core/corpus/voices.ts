/**
 * The voices a document's layout gives: who narrates it (the author, a byline, a letter's
 * signature, the one person a speech's title names, else the publisher), who interviews whom, and
 * whom a letter is addressed to.
 */
import type { Document, Role, Sieve, Span } from '../types.js';
import type { Unit } from './classify-units.js';
import { wordCount } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';
import { resolveNP } from './mentions.js';
import { DocumentNames, isOrganisation } from './person-names.js';

/** A letter's sign-off; the name under it is the writer's. */
const SIGN_OFF =
  /(?:^|\n)[ \t]*(?:yours (?:sincerely|faithfully|truly|ever)|kind regards|best regards|best wishes|with best wishes|regards|sincerely|in solidarity|with thanks)[ \t]*,?[ \t]*\n\s*([\p{Lu}][\p{L}’'.-]+(?:[ \t]+[\p{Lu}][\p{L}’'.-]+){1,3})/iu;
/** A byline at the top of the body, when the front matter names no author. */
const BYLINE = /^by\s+([\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){1,3})\b/iu;
/** The top of a page whose short lines may name a speech's speaker ("Mayor X | Hall | date"). */
const HEAD_CHARS = 800;
/** How far above a letter's salutation its address block may start. */
const ADDRESS_BLOCK_CHARS = 300;

export interface Voices {
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

/** Who narrates, who is interviewed, whose piece a first-person document is. */
export function voicesOf(
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

/** Whether a text names `name` by one of its aliases, as a whole word. */
export function mentions(t: string, name: string | null, speakers: SpeakerDirectory): boolean {
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
