/**
 * Names in a text: people's names with their titles, the full names a document has introduced (so a
 * surname later finds them), and the words that mark an organisation rather than a person.
 */
import type { SpeakerDirectory } from './speakers.js';
import { wordCount } from './segment.js';

/** Titles before a name; stripped to find the person ("Dr Nair", "Cllr Okafor", "Mr Justice Hale"). */
const TITLES =
  /^(?:(?:the\s+)?(?:great|late|former|legendary|veteran)\s+)*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Judge|Justice|Mr Justice|Mrs Justice|District Judge|Rev|Reverend|Father|Sister|Senator|Sen\.|Rep\.|Representative|Commissioner|Mayor|Governor|President|Minister|Inspector|Detective|Chief Inspector|Superintendent|Captain|Colonel|General)\.?\s+)+/u;
/** A title word, which ends no name ("Health Minister Dr" is not one). */
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Judge|Justice|Rev|Reverend|Senator|Sen|Rep|Representative|Commissioner|Mayor|Governor|President|Minister|Hon)$/;
/** Words that never start a speaker's name: page furniture and sentence openers. */
const NOT_A_NAME =
  /^(?:share|read|click|note|notes|editor|editors|subscribe|follow|sign|reply|comment|comments|posted|published|updated|photo|image|credit|advertisement|related|more|most|home|menu|search|login|log|it|this|that|there|here|what|when|where|which|who|why|how|if|yes|no|so|and|but|or|the)\b/i;
/** Nouns that name an organisation, whatever their case ("the company", "Harcourt Living Ltd"). */
const ORGANISATION_WORD =
  /\b(?:holdings|federation|consulting|partners|group|trust|ltd|plc|inc|llc|corp|council|union|society|workers|company|firm|party|court|government|department|agency|paper|newspaper|gazette|board|committee|commission|association|club|school|university|hospital|police|broadcaster|network|website|campaign|coalition|alliance|charity|foundation|institute|ministry|office|authority|bank|service|station|team)\b/i;

/** Capitalised words that start sentences or name places and institutions, not people. */
export const INSTITUTION =
  /\b(?:Council|Party|Ltd|Limited|PLC|Inc|Trust|University|College|School|Court|Tribunal|Gazette|Herald|News|Times|Post|Mail|Guardian|Telegraph|Express|Echo|Chronicle|Journal|Radio|TV|BBC|ITV|Agency|Department|Ministry|Office|Committee|Commission|Authority|Union|Association|Federation|Board|Group|Network|Campaign|Alliance|Coalition|Foundation|Institute|Society|Church|Hospital|Service|Police|Government|Parliament|Assembly|Senate|House|Club|Company|Corporation|Bank|Fund|Movement)\b/;

/** Full names seen so far in one document ("Dr Priya Nair"), so "Nair" later resolves to them. */
export class DocumentNames {
  #bySurname = new Map<string, string | null>();
  /** Unlisted names that have spoken in this document: candidates for a later "she said". */
  readonly spoken = new Set<string>();

  /** Registers the person-like names in a text (two or three capitalised words, maybe a title). */
  observe(text: string, speakers: SpeakerDirectory): void {
    for (const name of personNamesIn(text)) this.add(speakers.canonicalInText(name) ?? name);
  }

  add(full: string): void {
    const parts = stripTitle(full).split(/\s+/);
    if (parts.length < 2) return;
    const surname = parts[parts.length - 1]!;
    const known = this.#bySurname.get(surname);
    // two different people with one surname: neither is resolved by the surname alone
    if (known === undefined) this.#bySurname.set(surname, stripTitle(full));
    else if (known !== null && known !== stripTitle(full) && !stripTitle(full).endsWith(known))
      this.#bySurname.set(surname, null);
  }

  /** The full name a surname (with or without a title) stands for, when exactly one was seen. */
  resolve(name: string): string | null {
    const bare = stripTitle(name);
    if (/\s/.test(bare)) return null;
    return this.#bySurname.get(bare) ?? null;
  }
}

/** "Dr Priya Nair" → "Priya Nair"; "the late Mr Justice Hale" → "Hale". */
export function stripTitle(name: string): string {
  return name.trim().replace(TITLES, '').trim();
}

/** Person-like names in a text: a title and a capitalised word, or two or three capitalised words. */
export function personNamesIn(text: string): string[] {
  const out: string[] = [];
  const re =
    /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Judge|Justice|Rev|Senator|Commissioner|Mayor)\.?\s+)?\b[\p{Lu}][\p{Ll}’'-]+(?:\s+[\p{Lu}][\p{Ll}’'-]+){1,2}\b/gu;
  for (const m of text.matchAll(re)) {
    const name = m[0];
    const words = name.split(/\s+/);
    const first = words[0]!;
    if (NOT_A_NAME.test(first) || INSTITUTION.test(name)) continue;
    // "Health Minister Dr. Jasleen Varaich": a title ends no name; the name follows it
    if (TITLE_WORD.test(words[words.length - 1]!)) continue;
    if (
      /^(?:The|A|An|In|On|At|For|From|With|By|As|Of|To|If|But|And|When|While|After|Before|During|Last|Next|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
        name,
      )
    )
      continue;
    out.push(name);
  }
  return out;
}

/** Capitalised words (with "of", "the", "for", "and" between), at most six, not furniture words. */
export function isNameLike(np: string): boolean {
  if (NOT_A_NAME.test(np) || /[\d@#]|https?:/.test(np) || wordCount(np) > 6) return false;
  return /^(?:[\p{Lu}][\p{L}’'.-]*)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and|on))*$/u.test(np);
}

export function lowerDeterminer(np: string): string {
  return np.replace(
    /^(A|An|The|That|This|These|Those|His|Her|Its|Their|My|Our|Your|One|Another|Some)\s/,
    (d) => d.toLowerCase(),
  );
}

/** "ATPWU", "Mersey Quay Holdings", "the council": not a "he" or a "she". */
export function isOrganisation(alias: string, canonical: string): boolean {
  return [alias, canonical].some(
    (name) =>
      /^[\p{Lu}\d&]{2,}$/u.test(name) || INSTITUTION.test(name) || ORGANISATION_WORD.test(name),
  );
}
