/**
 * Mentions of people and organisations, and the noun phrase next to a speech verb turned into a
 * speaker: a known name or alias, a name introduced earlier in the document ("Dr Priya Nair" then
 * "Nair"), a pronoun (the last person named before it, in this paragraph or the one before), a
 * description ("a source close to Okafor", "a statement issued by the council"), or nobody.
 */
import type { SpeakerDirectory } from './speakers.js';
import { wordCount } from './segment.js';

/** The speaker of words whose speaker the text does not give. */
export const UNATTRIBUTED = 'unattributed';

/** Titles before a name; stripped to find the person ("Dr Nair", "Cllr Okafor", "Mr Justice Hale"). */
const TITLES =
  /^(?:(?:the\s+)?(?:great|late|former|legendary|veteran)\s+)*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Judge|Justice|Mr Justice|Mrs Justice|District Judge|Rev|Reverend|Father|Sister|Senator|Sen\.|Rep\.|Representative|Commissioner|Mayor|Governor|President|Minister|Inspector|Detective|Chief Inspector|Superintendent|Captain|Colonel|General)\.?\s+)+/u;

const PRONOUN = /^(?:he|she|they|him|her|them)$/i;
/** A title at the end of a phrase ("a source close to Mr "): the name after it is the one meant. */
const TITLE_AT_END = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Sir|Dame|Lord|Lady|Judge|Justice)\.?\s*$/;
/** People described, not named: a "he" or "she" may stand for them ("the shop steward … he said"). */
const PERSON_NOUN =
  /\b(?:the|a|an|one|my|our|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:judge|mayor|steward|officer|official|worker|driver|nurse|doctor|teacher|mother|father|mum|dad|son|daughter|brother|sister|wife|husband|neighbour|neighbor|resident|tenant|man|woman|boy|girl|manager|boss|foreman|spokesperson|spokesman|spokeswoman|source|caller|listener|reader|member|activist|campaigner|protester|volunteer|owner|landlord|councillor|candidate|minister|judge|lawyer|barrister|witness|colleague|friend|customer|passenger|pensioner|student|child|grandmother|grandfather|nan|grandad)\b/gu;
const INDEFINITE =
  /^(?:someone|somebody|one man|one woman|a man|a woman|one resident|a resident|a voice)$/i;
const FIRST_PERSON = /^(?:i|we|me|us)$/i;
const LEADING_FILLER =
  /^(?:(?:and|but|as|while|when|where|because|so|then|also|here|now|yet|indeed|meanwhile|however|instead|speaking|writing|asked|in|on|at),?\s+)+/i;
const TRAILING_FILLER =
  /(?:\s+(?:also|then|later|once|again|previously|recently|famously|himself|herself|has|had|have|was|is|would|will|had been|has been|used to|went on to|never|always|often|simply|just))+$/i;
const ROLE_NOUN =
  /\b(?:MP|MPs|politician|leader|minister|councillor|candidate|activist|campaigner|chair|chairman|chairwoman|chairperson|secretary|president|member|socialist|left-winger|veteran|author|writer|former|mayor|commissioner|senator|judge|organiser|organizer|founder|director|unionist|general secretary|presenter|host)\b/i;
const DETERMINER =
  /^(?:a|an|the|that|this|these|those|his|her|its|their|my|our|your|one|another|some)\s/i;
const NP_CUT =
  /\s+(?:into|in|on|at|for|from|with|who|which|whose|that|about|over|under|after|before|during|because|when|while)(?:\s.*)?$/i;
const AUXILIARY_SPLIT = /\s+(?:has|had|have|was|were|is|are|will|would|did|does|can|could)\b/i;
/** "a statement issued by the council", "a spokesperson for the trust": the body the words come from. */
const ON_BEHALF =
  /^(?:a|an|the|its|their)?\s*(?:joint\s+|written\s+|short\s+|brief\s+|formal\s+|official\s+)?(?:statement|spokesperson|spokesman|spokeswoman|press release|letter|post|tweet|report|ruling|judgment|judgement|motion|notice|message|text|email|voicemail|note)\s+(?:(?:issued|released|published|sent|posted|read|made|given)\s+)?(?:by|from|for|on behalf of|of)\s+(.{2,60})$/i;
/** Words that never start a speaker's name: page furniture and sentence openers. */
const NOT_A_NAME =
  /^(?:share|read|click|note|notes|editor|editors|subscribe|follow|sign|reply|comment|comments|posted|published|updated|photo|image|credit|advertisement|related|more|most|home|menu|search|login|log|it|this|that|there|here|what|when|where|which|who|why|how|if|yes|no|so|and|but|or|the)\b/i;
/** Nouns that name an organisation, whatever their case ("the company", "Harcourt Living Ltd"). */
const ORGANISATION_WORD =
  /\b(?:holdings|federation|consulting|partners|group|trust|ltd|plc|inc|llc|corp|council|union|society|workers|company|firm|party|court|government|department|agency|paper|newspaper|gazette|board|committee|commission|association|club|school|university|hospital|police|broadcaster|network|website|campaign|coalition|alliance|charity|foundation|institute|ministry|office|authority|bank|service|station|team)\b/i;

/** Capitalised words that start sentences or name places and institutions, not people. */
const INSTITUTION =
  /\b(?:Council|Party|Ltd|Limited|PLC|Inc|Trust|University|College|School|Court|Tribunal|Gazette|Herald|News|Times|Post|Mail|Guardian|Telegraph|Express|Echo|Chronicle|Journal|Radio|TV|BBC|ITV|Agency|Department|Ministry|Office|Committee|Commission|Authority|Union|Association|Federation|Board|Group|Network|Campaign|Alliance|Coalition|Foundation|Institute|Society|Church|Hospital|Service|Police|Government|Parliament|Assembly|Senate|House|Club|Company|Corporation|Bank|Fund|Movement)\b/;

export interface MentionContext {
  speakers: SpeakerDirectory;
  /** Names introduced earlier in the document, for surnames and titles used later. */
  names: DocumentNames;
  /** The speaker of the text around the quotation, for "I said: “…”" in first-person text. */
  voice: string;
  /** Whom a letter is to ("Dear Minister Kerr"), for "you told us: “…”". */
  addressee?: string | null;
  /** A few paragraphs of text before the passage, where "the judge" finds "Judge Nwosu". */
  earlier?: string;
}

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
    const first = name.split(/\s+/)[0]!;
    if (NOT_A_NAME.test(first) || INSTITUTION.test(name)) continue;
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

/** Where a resolved speaker came from: the phrase itself, or an earlier mention (for "she"). */
export interface Resolved {
  speaker: string;
  /** True when the speaker came from a mention elsewhere (a pronoun or a role noun). */
  viaMention: boolean;
}

/** Turns a noun phrase next to a speech verb into a speaker, or null when it names nobody sure. */
export function resolveNP(
  rawNp: string,
  /** The text before the quotation, this paragraph and the one before, for pronouns. */
  priorText: string,
  /** The sentence around the quotation, for role nouns ("the former MP" → the one person named). */
  sentence: string,
  ctx: MentionContext,
): Resolved | null {
  const np = cleanNP(rawNp);
  if (np === '') return null;
  if (FIRST_PERSON.test(np)) return { speaker: ctx.voice, viaMention: false };
  if (/^you$/i.test(np)) return ctx.addressee ? { speaker: ctx.addressee, viaMention: true } : null;
  if (INDEFINITE.test(np)) return { speaker: np.toLowerCase(), viaMention: false };
  if (/^it$/i.test(np)) {
    // "It said: …" after a newspaper or a council is named: the organisation
    const named = nearestOrganisation(priorText, ctx);
    return named ? { speaker: named, viaMention: true } : null;
  }
  if (PRONOUN.test(np)) {
    const chained = /^(?:he|she)$/i.test(np) ? subjectChain(priorText, np, ctx) : null;
    if (chained) return { speaker: chained, viaMention: true };
    const named = nearestMention(priorText, ctx, /^(?:they|them)$/i.test(np));
    if (named) return { speaker: named, viaMention: true };
    // nobody named, but someone described just before: "I went to the shop steward and he said"
    const described = lastDescribed(priorText.slice(-200));
    if (!described) return null;
    const titled = titledPerson(described, priorText, ctx);
    return { speaker: titled ?? described, viaMention: true };
  }
  const direct = (s: string | null) => (s ? { speaker: s, viaMention: false } : null);
  const known = knownName(np, ctx);
  if (known) return direct(known);

  // "a statement issued by the council", "a spokesperson for the trust"
  const onBehalf = ON_BEHALF.exec(np);
  if (onBehalf) {
    const body = cleanNP(onBehalf[1]!.replace(NP_CUT, ''));
    const who = knownName(body, ctx) ?? (isNameLike(body) ? lowerDeterminer(body) : null);
    if (who) return direct(who);
  }
  // "an MQH spokesperson", "a council spokeswoman": the organisation speaks
  const spokes =
    /^(?:a|an|the)\s+(.{2,50}?)\s+(?:spokesperson|spokesman|spokeswoman|spokespeople|press office)$/i.exec(
      np,
    );
  if (spokes) {
    const org = knownName(spokes[1]!, ctx) ?? knownName(`the ${spokes[1]!}`, ctx);
    if (org) return direct(org);
  }

  // "the great Nye Bevan", "Left-winger Maya Okafor": a known name after titles or adjectives
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    if (np.endsWith(alias) && isWordBoundary(np, np.length - alias.length - 1)) {
      const prefix = np.slice(0, np.length - alias.length).replace(TITLE_AT_END, '');
      if (!/\b(?:to|of|for|from|with|by|at|in|on|near|close|about|against|like)\s*$/i.test(prefix))
        return direct(canonical);
    }
  }

  if (DETERMINER.test(np)) {
    // "the former Labour MP" → the one person the sentence names, when there is exactly one
    if (ROLE_NOUN.test(np) && !/\bof\b/.test(np)) {
      const named = mentionedIn(withoutQuotations(sentence), ctx).filter(
        (n) => !isOrganisation(n, n),
      );
      if (named.length === 1) return { speaker: named[0]!, viaMention: true };
    }
    // "the judge" after "Justice Cooke", "the mayor" after "Mayor Rangihuna": the titled person
    const titled = titledPerson(np, priorText, ctx);
    if (titled) return { speaker: titled, viaMention: true };
    const head = /\bclose to\b/i.test(np)
      ? np.split(AUXILIARY_SPLIT)[0]!.trim()
      : np.split(AUXILIARY_SPLIT)[0]!.replace(NP_CUT, '').trim();
    if (wordCount(head) > 8 || /[\d@#]|https?:/.test(head)) return null;
    return direct(lowerDeterminer(head));
  }

  // a capitalised name nobody listed ("Lisa Nandy", "The High Court", "Judge Amelia Hart")
  // "Kevin Osei of Denver Public Health": the person, not their employer
  const ofOrg =
    /^((?:[\p{Lu}][\p{L}’'.-]+\s+){1,2}[\p{Lu}][\p{L}’'.-]+)\s+(?:of|from|at)\s+\p{Lu}/u.exec(np);
  if (ofOrg && personNamesIn(ofOrg[1]!).length > 0)
    return resolveNP(ofOrg[1]!, priorText, sentence, ctx);
  if (isNameLike(np)) {
    const name = ctx.names.resolve(np) ?? np.replace(/^The\s/, 'the ');
    if (/\s/.test(name) && !INSTITUTION.test(name)) ctx.names.spoken.add(stripTitle(name));
    return direct(name);
  }

  // a longer clause: its first noun phrase before an auxiliary ("That inquiry has just been published and")
  const firstNp = np.split(AUXILIARY_SPLIT)[0]!.trim();
  if (
    firstNp !== np &&
    wordCount(firstNp) <= 5 &&
    (DETERMINER.test(`${firstNp} `) || /^[\p{Lu}]/u.test(firstNp))
  ) {
    return resolveNP(firstNp, priorText, sentence, ctx);
  }
  return null;
}

function cleanNP(raw: string): string {
  return raw
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(LEADING_FILLER, '')
    .replace(TRAILING_FILLER, '')
    .replace(/[\s,.;:—–-]+$/, '')
    .replace(/['’]s$/, '')
    .trim();
}

/** A known speaker for a phrase: an alias, the phrase without its titles, a surname seen before. */
function knownName(np: string, ctx: MentionContext): string | null {
  const exact = ctx.speakers.canonicalInText(np);
  if (exact) return exact;
  const bare = stripTitle(np);
  if (bare !== np) {
    const known = ctx.speakers.canonicalInText(bare);
    if (known) return known;
  }
  const viaDocument = ctx.names.resolve(np);
  return viaDocument ? (ctx.speakers.canonicalInText(viaDocument) ?? viaDocument) : null;
}

/** Capitalised words (with "of", "the", "for", "and" between), at most six, not furniture words. */
function isNameLike(np: string): boolean {
  if (NOT_A_NAME.test(np) || /[\d@#]|https?:/.test(np) || wordCount(np) > 6) return false;
  return /^(?:[\p{Lu}][\p{L}’'.-]*)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and|on))*$/u.test(np);
}

function lowerDeterminer(np: string): string {
  return np.replace(
    /^(A|An|The|That|This|These|Those|His|Her|Its|Their|My|Our|Your|One|Another|Some)\s/,
    (d) => d.toLowerCase(),
  );
}

function isWordBoundary(text: string, index: number): boolean {
  return index < 0 || /[\s(“"‘'—–-]/.test(text[index]!);
}

/** Canonical speakers named in a text, in order of appearance, without repeats. */
export function mentionedIn(text: string, ctx: Pick<MentionContext, 'speakers'>): string[] {
  const hits: { index: number; canonical: string }[] = [];
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    let from = 0;
    for (let i = text.indexOf(alias, from); i >= 0; i = text.indexOf(alias, from)) {
      from = i + alias.length;
      if (isWordBoundary(text, i - 1) && !/[\p{L}]/u.test(text[i + alias.length] ?? ' '))
        hits.push({ index: i, canonical });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  return [...new Set(hits.map((h) => h.canonical))];
}

/**
 * The last person named before this point (for "she said"): a known alias, or a person-like name
 * in the text. Words inside quotation marks are not mentions of the speaker.
 */
/** Role nouns and the titles their holders are named with. */
const ROLE_TITLES: readonly [RegExp, string][] = [
  [
    /^the\s+(?:(?:trial|high\s+court)\s+)?(?:judge|order|ruling|judgment|judgement|decision|opinion)$/i,
    '(?:Mr|Mrs|Ms)?\\s*(?:Justice|Judge)',
  ],
  [/^the\s+mayor$/i, 'Mayor'],
  [
    /^the\s+(?:councillor|councilmember|council\s+member|councilman|councilwoman)$/i,
    '(?:Cllr|Councillor|Councilmember|Cr)',
  ],
  [/^the\s+minister$/i, 'Minister'],
  [/^the\s+senator$/i, '(?:Sen\\.?|Senator)'],
  [/^the\s+commissioner$/i, 'Commissioner'],
  [/^the\s+(?:doctor|professor)$/i, '(?:Dr|Doctor|Prof|Professor)\\.?'],
];

/** The person last named with the title a role noun stands for, before this point. */
function titledPerson(np: string, priorText: string, ctx: MentionContext): string | null {
  const rule = ROLE_TITLES.find(([re]) => re.test(np.trim()));
  if (!rule) return null;
  const re = new RegExp(
    `\\b${rule[1]}\\s+((?:[\\p{Lu}][\\p{L}’'-]+\\s+){0,2}[\\p{Lu}][\\p{L}’'-]+)`,
    'gu',
  );
  let last: string | null = null;
  for (const m of withoutQuotations(`${ctx.earlier ?? ''}\n${priorText}`).matchAll(re)) last = m[0];
  if (!last) return null;
  return knownName(last, ctx) ?? stripTitle(last);
}

/** The last person described (not named) in a text: "the shop steward", "one resident". */
function lastDescribed(text: string): string | null {
  let last: string | null = null;
  let lastDefinite: string | null = null;
  for (const m of withoutQuotations(text).matchAll(PERSON_NOUN)) {
    last = m[0];
    if (/^the\s/i.test(m[0])) lastDefinite = m[0];
  }
  // "the judge … to a tenant …, he wrote": a definite description is the one being talked about
  last = lastDefinite ?? last;
  return last
    ? lowerDeterminer(last.replace(/^(?:my|our|his|her|their)\s/i, (d) => `${d.toLowerCase()}`))
    : null;
}

/** The last organisation named before this point (for "it said"). */
function nearestOrganisation(priorText: string, ctx: MentionContext): string | null {
  const text = withoutQuotations(priorText);
  let best: { index: number; canonical: string } | null = null;
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    if (!isOrganisation(alias, canonical)) continue;
    const i = lastWholeWord(text, alias);
    if (i >= 0 && (!best || i > best.index)) best = { index: i, canonical };
  }
  return best?.canonical ?? null;
}

/** The text with quoted words blanked out (same length): names inside a quote are not its speaker. */
export function withoutQuotations(text: string): string {
  return text.replace(/[“"][^”"]*(?:[”"]|$)/g, (q) => ' '.repeat(q.length));
}

export function nearestMention(
  priorText: string,
  ctx: MentionContext,
  /** Organisations too ("they"); "he" and "she" are people. */
  organisations = true,
): string | null {
  const text = withoutQuotations(priorText);
  let best: { index: number; canonical: string } | null = null;
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    if (!organisations && isOrganisation(alias, canonical)) continue;
    const i = lastWholeWord(text, alias);
    if (i >= 0 && (!best || i > best.index)) best = { index: i, canonical };
  }
  // names the text has not listed: ones that have already spoken here, or that carry a title
  for (const name of personNamesIn(text)) {
    const bare = stripTitle(name);
    if (!ctx.names.spoken.has(bare) && bare === name) continue;
    const i = text.lastIndexOf(name);
    if (i > (best?.index ?? -1)) {
      const canonical = ctx.speakers.canonicalInText(bare) ?? ctx.names.resolve(name) ?? bare;
      best = { index: i, canonical };
    }
  }
  return best?.canonical ?? null;
}

/**
 * "She went to Wellington and got money out of Simon Kerr. Her line that …": when the sentence so
 * far names nobody, a "she" continues the subject of the sentences before it (a sentence opening
 * with the same pronoun passes the question further back), not whoever was named last.
 */
function subjectChain(priorText: string, pronoun: string, ctx: MentionContext): string | null {
  const current =
    withoutQuotations(priorText)
      .split(/(?<=[.!?])\s+|\n+/)
      .pop() ?? '';
  if (mentionedIn(current, ctx).length > 0 || personNamesIn(current).length > 0) return null;
  // the sentences before, in this paragraph and the few before it (heading lines included)
  const raw = priorText.slice(0, priorText.length - current.length);
  const earlier = ctx.earlier && !raw.includes(ctx.earlier.slice(-80)) ? ctx.earlier : '';
  // sentences cut where the text outside quotations ends them (same offsets in both)
  const full = `${earlier}\n${raw}`;
  const blank = withoutQuotations(full);
  const sentences: { text: string; hadQuote: boolean }[] = [];
  // (a quotation blanked to spaces sits in the gap before its sentence: it counts as that sentence's)
  let from = 0;
  let gap = 0;
  for (const m of blank.matchAll(/(?<=[.!?])\s+|\n+/g)) {
    sentences.push({
      text: blank.slice(from, m.index),
      hadQuote: /[“”"]/.test(full.slice(gap, m.index)),
    });
    from = m.index + m[0].length;
    gap = m.index;
  }
  sentences.push({ text: blank.slice(from), hadQuote: /[“”"]/.test(full.slice(gap)) });
  const same = new RegExp(`^\\W*${pronoun}\\b`, 'i');
  for (let k = sentences.length - 1, seen = 0; k >= 0 && seen < SUBJECT_CHAIN; k--) {
    const sentence = sentences[k]!.text.trim();
    if (!sentence) continue;
    seen++;
    // an unnamed someone speaking between ends the chain: "he" may be whoever spoke there
    if (sentences[k]!.hadQuote && INDEFINITE_SPEAKER.test(sentence)) return null;
    if (same.test(sentence)) continue;
    const opening = sentence.split(/\s+/).slice(0, 6).join(' ');
    const subject = mentionedIn(opening, ctx).filter((n) => !isOrganisation(n, n))[0];
    if (subject) return subject;
    // a sentence naming someone elsewhere ends the chain; one naming nobody passes it on
    if (mentionedIn(sentence, ctx).some((n) => !isOrganisation(n, n))) return null;
  }
  return null;
}

/** Unnamed speakers: after one of them speaks, a "he" is no longer the earlier subject. */
const INDEFINITE_SPEAKER =
  /\b(?:someone|somebody|a man|a woman|one man|one woman|a voice|another|a member of the public|a heckler)\b/i;

/** How many sentences back a "she" may follow the subject it continues. */
const SUBJECT_CHAIN = 5;

/** "ATPWU", "Mersey Quay Holdings", "the council": not a "he" or a "she". */
export function isOrganisation(alias: string, canonical: string): boolean {
  return [alias, canonical].some(
    (name) =>
      /^[\p{Lu}\d&]{2,}$/u.test(name) || INSTITUTION.test(name) || ORGANISATION_WORD.test(name),
  );
}

/**
 * The subject of a sentence that puts it far from its verb ("Simon Treadwell, the ports minister,
 * stood … and said"): its first clause when that is a name or a pronoun, else the one known person
 * it names before the verb.
 */
export function sentenceSubject(
  clause: string,
  priorText: string,
  sentence: string,
  ctx: MentionContext,
): Resolved | null {
  const first = clause.split(/[,;:(—–]\s*/)[0] ?? '';
  const lead = /^\s*(?:(?:and|but|then|so|yet),?\s+)?(he|she|they|I|we)\b/i.exec(first);
  if (lead) return resolveNP(lead[1]!, priorText, sentence, ctx);
  const firstWords = first.trim().split(/\s+/).slice(0, 6).join(' ');
  // the first person the clause names ("At trial, Adrian Kellow KC, for Harcourt Living, had told")
  const named = mentionedIn(clause, ctx);
  if (named.length >= 1) return { speaker: named[0]!, viaMention: true };
  const person = personNamesIn(firstWords)[0];
  if (person && ctx.names.spoken.has(stripTitle(person)))
    return { speaker: stripTitle(person), viaMention: true };
  if (person && isNameLike(person)) {
    const known = knownName(person, ctx);
    return { speaker: known ?? stripTitle(person), viaMention: false };
  }
  // "One councillor, who didn't want to be named, put it bluntly": the one described
  if (DETERMINER.test(`${first.trim()} `) && wordCount(first) <= 4)
    return resolveNP(first, priorText, sentence, ctx);
  return null;
}

function lastWholeWord(text: string, word: string): number {
  for (let i = text.lastIndexOf(word); i >= 0; i = text.lastIndexOf(word, i - 1)) {
    if (isWordBoundary(text, i - 1) && !/[\p{L}]/u.test(text[i + word.length] ?? ' ')) return i;
    if (i === 0) break;
  }
  return -1;
}
