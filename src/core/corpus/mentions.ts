/**
 * Mentions of people and organisations, and the noun phrase next to a speech verb turned into a
 * speaker: a known name or alias, a name introduced earlier in the document ("Dr Priya Nair" then
 * "Nair"), a pronoun (the last person named before it, in this paragraph or the one before), a
 * description ("a source close to Okafor", "a statement issued by the council"), or nobody.
 */
import { wordCount } from './segment.js';
import {
  knownName,
  isWordBoundary,
  mentionedIn,
  withoutQuotations,
  type MentionContext,
  type Resolved,
} from './mention-context.js';
import {
  INSTITUTION,
  isNameLike,
  isOrganisation,
  lowerDeterminer,
  personNamesIn,
  stripTitle,
} from './person-names.js';
import {
  lastDescribed,
  nearestMention,
  nearestOrganisation,
  subjectChain,
  titledPerson,
} from './pronouns.js';

/** The speaker of words whose speaker the text does not give. */
export const UNATTRIBUTED = 'unattributed';

const PRONOUN = /^(?:he|she|they|him|her|them)$/i;
/** A title at the end of a phrase ("a source close to Mr "): the name after it is the one meant. */
const TITLE_AT_END = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Sir|Dame|Lord|Lady|Judge|Justice)\.?\s*$/;
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
