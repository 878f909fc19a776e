/**
 * What a pronoun or a description stands for: the last person named before it, the subject a "she"
 * continues, the titled person a role noun ("the judge") means, the organisation an "it" is.
 */
import {
  knownName,
  lastWholeWord,
  mentionedIn,
  withoutQuotations,
  type MentionContext,
} from './mention-context.js';
import { isOrganisation, lowerDeterminer, personNamesIn, stripTitle } from './person-names.js';

/** People described, not named: a "he" or "she" may stand for them ("the shop steward … he said"). */
const PERSON_NOUN =
  /\b(?:the|a|an|one|my|our|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:judge|mayor|steward|officer|official|worker|driver|nurse|doctor|teacher|mother|father|mum|dad|son|daughter|brother|sister|wife|husband|neighbour|neighbor|resident|tenant|man|woman|boy|girl|manager|boss|foreman|spokesperson|spokesman|spokeswoman|source|caller|listener|reader|member|activist|campaigner|protester|volunteer|owner|landlord|councillor|candidate|minister|judge|lawyer|barrister|witness|colleague|friend|customer|passenger|pensioner|student|child|grandmother|grandfather|nan|grandad)\b/gu;

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
export function titledPerson(np: string, priorText: string, ctx: MentionContext): string | null {
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
export function lastDescribed(text: string): string | null {
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
export function nearestOrganisation(priorText: string, ctx: MentionContext): string | null {
  const text = withoutQuotations(priorText);
  let best: { index: number; canonical: string } | null = null;
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    if (!isOrganisation(alias, canonical)) continue;
    const i = lastWholeWord(text, alias);
    if (i >= 0 && (!best || i > best.index)) best = { index: i, canonical };
  }
  return best?.canonical ?? null;
}

/**
 * The last person named before this point (for "she said"): a known alias, or a person-like name
 * in the text. Words inside quotation marks are not mentions of the speaker.
 */
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
export function subjectChain(
  priorText: string,
  pronoun: string,
  ctx: MentionContext,
): string | null {
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
