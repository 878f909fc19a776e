/**
 * The tense of the clause around a date expression, which decides where a date written without a
 * year lies: "work starts in September" and "the ballot will open on 3 October" look forward from
 * the document's date, "In March she announced she would stand" looks back. No tagger: the verb
 * group governing the date is read from auxiliaries, past forms and a few schedule verbs.
 */

/**
 * `past`: the clause tells what happened ("was", "announced", "has called").
 * `future`: what will happen or is scheduled ("will", "is due to", "takes place", "starts",
 * "is out", "I'm coming", "to be held").
 * `near`: a future seen from a past moment or a wish ("would begin", "could"): the date lies
 * after something already told, so it is placed nearest the document's date.
 * `none`: no verb to read (a listing line "Saturday 15 July, 11am – Street stall").
 */
export type Tense = 'past' | 'future' | 'near' | 'none';

/** Where one clause ends and the next begins: punctuation, or a word that opens a new clause. */
const CLAUSE_BREAK =
  /[,;:()—–]|\s-\s|\b(?:that|and|but|or|so|before|after|while|whereas|when|because|although|though|unless|until|till|if|who|which|where)\b/gi;

const WORD = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’]*/gu;

const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'wo']);
const NEAR_MODALS = new Set(['would', 'could', 'should', 'might', "'d"]);
const PRESENT_MODALS = new Set(['can', 'ca', 'must']);
/** "'s" and "'d" are verbs only after these ("she's", "it'd"); after a noun "'s" is a possessive. */
const PRONOUNS = new Set(
  'i you he she it we they that there here what who where this everyone nobody'.split(' '),
);
/** Words ending in -ed that are not past forms. */
const NOT_PAST = new Set(
  'hundred sacred naked wicked kindred rugged ragged beloved wretched crooked'.split(' '),
);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);
const BE_PAST = new Set(['was', 'were']);
const HAVE_PRESENT = new Set(['has', 'have', "'ve"]);
const HAVE_PAST = new Set(['had']);
const DO_PAST = new Set(['did']);
const DO_PRESENT = new Set(['do', 'does']);
/** Words that may stand inside a verb group without ending it. */
const INSIDE_GROUP = new Set([
  'not',
  "n't",
  'never',
  'just',
  'now',
  'also',
  'still',
  'already',
  'soon',
  'then',
  'first',
  'finally',
  'be',
  'been',
  'being',
  'to',
  'going',
  'about',
  'due',
  'set',
  'expected',
  'scheduled',
  'planned',
  'supposed',
]);

/** After "was"/"were", a plan ("was due to", "were expected to"), not a past event. */
const PLANNED = new Set([
  'due',
  'supposed',
  'expected',
  'scheduled',
  'set',
  'going',
  'meant',
  'planned',
  'about',
]);

/** Irregular past forms (and past participles that are never present forms). */
const IRREGULAR_PAST = new Set(
  `arose awoke began bore became bent bled blew broke bred brought built burnt bought caught chose clung came
   crept dealt dug did drew dreamt drank drove ate fell fed felt fought found fled flung flew forbade forgot forgave froze
   got gave went grew hung heard hid held hurt kept knelt knew laid led leant leapt learnt left lent lit lost made
   meant met paid pled proved quit rode rang rose ran said saw sought sold sent shook shone shot showed shrank shut sang
   sank sat slept slid slung spoke sped spent spun spat split spoilt spread sprang stood stole stuck stung stank strode
   struck swore swept swam swung took taught tore told thought threw thrust trod understood upheld woke wore wove wept won
   withdrew wrote begun broken chosen done drawn driven eaten fallen forgotten given gone grown hidden known ridden
   risen seen shaken shown spoken stolen sworn taken thrown woken worn written`.split(/\s+/),
);

/** Verbs whose present tense with a date tells a schedule ("opens on 3 October", "close on Friday"). */
const SCHEDULE_VERBS = new Set(
  `start begin open close end run take come go return resume launch kick arrive expire finish meet sit reopen happen
   fall land head hold host mark play visit tour move become leave join face continue stand step follow get
   apply vote march strike walk hit`.split(/\s+/),
);

/** A word ending in -ed after one of these is an adjective ("the proposed date"), not a past verb. */
const DETERMINERS = new Set(
  'the a an this that these those its their our his her my your every each some any no of'.split(
    ' ',
  ),
);

/** "since March": the date lies before the document's, whatever the verb. */
const SINCE = /\bsince\s+(?:the\s+)?$/i;
/**
 * A date named as a target ("called an election for 4 July", "adjourned until 3 June", "ahead of
 * the 12 May vote"): after the act, which may itself be past, so placed nearest the document's
 * date unless the verb is future.
 */
const TARGET = /\b(?:for|until|till|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?$/i;

interface Token {
  word: string;
  start: number;
  end: number;
}

interface VerbGroup {
  start: number;
  end: number;
  tense: Exclude<Tense, 'none'>;
}

/** The tense that governs the date expression `sentence[start, end)`. */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (SINCE.test(before)) return 'past';
  const tense = verbTenseAt(sentence, start, end);
  if (TARGET.test(before)) return tense === 'future' ? 'future' : 'near';
  return tense;
}

function verbTenseAt(sentence: string, start: number, end: number): Tense {
  const clauses = clausesOf(sentence);
  const own = clauses.findIndex((c) => start >= c.start && start < c.end);
  const i = own === -1 ? clauses.length - 1 : own;
  const clause = clauses[i]!;
  const groups = verbGroups(sentence, clause.start, clause.end, i === 0);
  // the verb before the date in its clause governs it ("work starts in September"); a date opening
  // its clause goes with the verb after it ("In March she announced …")
  const around = groups.find((g) => g.start <= start && g.end >= end); // "has just called"
  if (around) return around.tense;
  const left = groups.filter((g) => g.end <= start).pop();
  if (left) return left.tense;
  const right = groups.find((g) => g.start >= end);
  if (right) return right.tense;
  // a clause with no verb of its own: the one before ("will run … until March"), else the one
  // after ("In March, 1,400 members took strike action")
  for (let k = i - 1; k >= 0; k--) {
    const g = verbGroups(sentence, clauses[k]!.start, clauses[k]!.end, k === 0).pop();
    if (g) return g.tense;
  }
  for (let k = i + 1; k < clauses.length; k++) {
    const g = verbGroups(sentence, clauses[k]!.start, clauses[k]!.end, false)[0];
    if (g) return g.tense;
  }
  return 'none';
}

function clausesOf(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: sentence.length });
  return out;
}

/** Splits contractions the way the groups read them: "I'm" → "I", "'m"; "won't" → "wo", "n't". */
function tokensOf(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/’/g, "'");
    const at = offset + m.index;
    const split = /^(.+?)(n't|'ll|'s|'re|'m|'ve|'d)$/i.exec(raw);
    const verbal = split && (!/^'[sd]$/i.test(split[2]!) || PRONOUNS.has(split[1]!.toLowerCase()));
    if (split && verbal) {
      out.push({ word: split[1]!, start: at, end: at + split[1]!.length });
      out.push({
        word: split[2]!.toLowerCase(),
        start: at + split[1]!.length,
        end: at + raw.length,
      });
    } else out.push({ word: raw, start: at, end: at + raw.length });
  }
  return out;
}

/** The verb groups of a clause; `opensSentence`: its first word may be a capitalised verb ("Join us …"). */
function verbGroups(
  sentence: string,
  from: number,
  to: number,
  opensSentence: boolean,
): VerbGroup[] {
  const tokens = tokensOf(sentence.slice(from, to), from);
  const groups: (VerbGroup & { infinitive: boolean })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.word.toLowerCase();
    const prev = tokens[i - 1]?.word.toLowerCase();
    const main = mainVerbAfter(tokens, i);
    let tense: VerbGroup['tense'] | undefined;
    let infinitive = false;
    if (FUTURE_MODALS.has(w)) tense = 'future';
    else if (NEAR_MODALS.has(w) || t.word === 'may') tense = 'near';
    else if (BE_PRESENT.has(w) || PRESENT_MODALS.has(w) || DO_PRESENT.has(w)) {
      // "is", "are to", "is due to", "I'm coming": a present that tells a schedule
      tense = 'future';
    } else if (HAVE_PRESENT.has(w)) {
      // "has called" is past; "have a meeting", "have to" are not
      tense = main !== undefined && isPastForm(tokens[main]!.word, undefined) ? 'past' : 'future';
    } else if (BE_PAST.has(w) && isPlanned(tokens.slice(i + 1, (main ?? i) + 1)))
      tense = 'near'; // "was due to start on 3 June": a plan told in the past, before or after now
    else if (HAVE_PAST.has(w) || BE_PAST.has(w) || DO_PAST.has(w)) tense = 'past';
    else if (w === 'to' && isInfinitive(tokens[i + 1]?.word)) {
      tense = 'future';
      infinitive = true;
    } else if (/^[a-z]/.test(t.word) || (i === 0 && opensSentence)) {
      if (prev === 'to') continue;
      if (isPastForm(w, prev)) tense = 'past';
      else if (isScheduleVerb(w) && !DETERMINERS.has(prev ?? '')) tense = 'future';
    }
    if (!tense) continue;
    // the group runs over its auxiliaries and adverbs to its main verb
    const j = main ?? i;
    groups.push({ start: t.start, end: tokens[j]!.end, tense, infinitive });
    i = j;
  }
  // "ordered them to pay on Friday": an infinitive counts only in a clause with no finite verb
  const firstFinite = groups.findIndex((g) => !g.infinitive);
  return groups
    .filter((g, k) => !g.infinitive || firstFinite === -1 || k < firstFinite)
    .map(({ start, end, tense }) => ({ start, end, tense }));
}

/** The index of the main verb of a group starting at `i`: past auxiliaries and adverbs, one lower-case word. */
function mainVerbAfter(tokens: readonly Token[], i: number): number | undefined {
  let j = i;
  while (j + 1 < tokens.length && INSIDE_GROUP.has(tokens[j + 1]!.word.toLowerCase())) j++;
  const next = tokens[j + 1];
  if (next && /^[a-z]/.test(next.word) && !DETERMINERS.has(next.word)) return j + 1;
  return j > i ? j : undefined;
}

function isPlanned(group: readonly Token[]): boolean {
  return group.some((t) => PLANNED.has(t.word.toLowerCase()));
}

function isPastForm(word: string, prev: string | undefined): boolean {
  const w = word.toLowerCase();
  // after a determiner a past form is an adjective or a noun ("the proposed date", "the left")
  if (DETERMINERS.has(prev ?? '')) return false;
  if (IRREGULAR_PAST.has(w)) return true;
  return /^[a-z]{2,}ed$/.test(w) && !/(?:ee|ea)d$/.test(w) && !NOT_PAST.has(w);
}

function isScheduleVerb(word: string): boolean {
  if (SCHEDULE_VERBS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  return (
    SCHEDULE_VERBS.has(word.slice(0, -1)) ||
    (word.endsWith('es') && SCHEDULE_VERBS.has(word.slice(0, -2)))
  );
}

/** "to join", "to be assessed": a lower-case word after "to" that is not a noun's plural or a past form. */
function isInfinitive(word: string | undefined): boolean {
  if (!word || !/^[a-z]+$/.test(word)) return false;
  if (DETERMINERS.has(word)) return false;
  return !/(?:s|ed|ing)$/.test(word) || word === 'discuss' || word === 'address' || word === 'pass';
}
