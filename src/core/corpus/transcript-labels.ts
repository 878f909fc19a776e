/**
 * Speaker labels at the start of a paragraph in transcripts and Q&A pages: `Q:`, `A:`,
 * `MAYA OKAFOR:`, `Presenter:`, `CALLER (JANET):`, `Okafor (Labour):`, `[00:12:04] HOST:`.
 */

export interface Label {
  /** Length of the label with its colon and the space after it. */
  length: number;
  /** `Q` or `A` in question-and-answer layout. */
  qa: 'Q' | 'A' | null;
  /** A person's name, as written (`JANET`, `Maya Okafor`), when the label gives one. */
  name: string | null;
  /** A role word (`presenter`, `caller`), lower case, when the label gives one. */
  role: string | null;
  /** Numbered like a committee's questions (`Q12 Chair:`): the labelled person asks. */
  numbered: boolean;
}

/** Roles whose holder asks the questions: their words are the interviewer's. */
const HOST_ROLES =
  /^(?:presenter|host|co-host|interviewer|moderator|chair|chairman|chairwoman|chairperson|anchor|reporter|correspondent|narrator|announcer|question|questioner)$/;
/** Role words that can stand in a label instead of a name, or beside one. */
const ROLE_WORDS =
  /^(?:presenter|host|co-host|interviewer|moderator|chair|chairman|chairwoman|chairperson|anchor|reporter|correspondent|narrator|announcer|caller|guest|panellist|panelist|audience member|audience|voice|speaker|clerk|judge|witness|counsel|prosecutor|defence|voiceover|questioner|member of the public|operator)$/;
/** Words that end in a colon at the start of a line but never name a speaker. */
const NOT_A_LABEL =
  /^(?:note|notes|update|updated|published|posted|filed|last updated|editor['’]?s note|read more|watch|listen|source|sources|image|photo|picture|credit|tags?|related|see also|also read|warning|disclaimer|correction|clarification|subject|re|date|time|venue|location|where|when|tickets|contact|email|tel|phone|website|web|address|notes to editors|ends|about|background|quote|headline|breaking|live|update \d+|first|second|third|fourth|fifth|sixth|finally|lastly|next|also|plus|but|and|so|now|today|yesterday|tomorrow|remember|look|listen|one|two|three|four|five|step \d+|part \d+|point \d+)$/i;

const LABEL =
  /^(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*)?(Q\s?\d{1,4}\.?\s+)?(Q|A|[\p{Lu}][\p{L}.’' -]{0,40}?)(?:\s*\(([^()\n]{1,40})\))?\s*:\s+(?=\S)/u;

/** The role word a label's text is (`Operator`, `HOST`), lower case, or null. */
export function parseRoleWord(text: string): string | null {
  const word = text.trim().toLowerCase();
  return ROLE_WORDS.test(word) ? word : null;
}

/** The label at the start of a paragraph, or null. */
export function parseLabel(text: string): Label | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const numbered = m[1] !== undefined;
  const head = m[2]!.trim();
  const bracket = m[3]?.trim() ?? null;
  if (head === 'Q' || head === 'A')
    return { length: m[0].length, qa: head, name: null, role: null, numbered };
  if (NOT_A_LABEL.test(head)) return null;
  // a sentence that happens to hold a colon ("The answer is simple: …") is not a label
  if (head.split(/\s+/).length > 4) return null;
  if (head !== head.toUpperCase() && !/^(?:[\p{Lu}][\p{L}.’'-]*\s*){1,4}$/u.test(head)) return null;
  const headRole = ROLE_WORDS.test(head.toLowerCase()) ? head.toLowerCase() : null;
  const bracketRole =
    bracket && ROLE_WORDS.test(bracket.toLowerCase()) ? bracket.toLowerCase() : null;
  if (headRole)
    return {
      length: m[0].length,
      qa: null,
      name: bracket && !bracketRole ? bracket : null,
      role: headRole,
      numbered,
    };
  return { length: m[0].length, qa: null, name: head, role: bracketRole, numbered };
}

/**
 * Who holds a role in this document, when the page says so: "Ruth Penhale (Chair)", "Chair: Ruth
 * Penhale", "I'm Dave Kirkby" in the presenter's own words. Keys are lower-case role words.
 */
export function roleHolders(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const name = "[\\p{Lu}][\\p{Ll}’'-]+(?:\\s+[\\p{Lu}][\\p{Ll}’'-]+){1,2}";
  const roles = [
    'chair',
    'chairman',
    'chairwoman',
    'chairperson',
    'presenter',
    'host',
    'moderator',
    'interviewer',
    'clerk',
    'anchor',
    'judge',
  ]
    .map((r) => `${r[0]!.toUpperCase()}${r.slice(1)}|${r}|${r.toUpperCase()}`)
    .join('|');
  const bracket = new RegExp(`(${name})\\s*\\((${roles})\\)`, 'gu');
  // "Chair: Ruth Penhale" on a line of its own (or before ";" or ","), not a label opening a speech
  const colon = new RegExp(`\\b(${roles})\\s*:\\s*(${name})\\s*(?:;|\\.?\\s*$)`, 'gmu');
  for (const m of body.matchAll(bracket))
    if (!out.has(m[2]!.toLowerCase())) out.set(m[2]!.toLowerCase(), m[1]!);
  for (const m of body.matchAll(colon))
    if (!out.has(m[1]!.toLowerCase())) out.set(m[1]!.toLowerCase(), m[2]!);
  return out;
}

/**
 * The people a transcript's cast line names as its hosts ("Hosts: Tamsin Okoye (TO), Ben Lachance
 * (BL)", "Presented by Jo Ames and Sam Lee"), lower-cased: their labelled turns are the
 * interviewer's, whatever initials or first names the labels use.
 */
export function castHosts(body: string): Set<string> {
  const out = new Set<string>();
  const name =
    "(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?\\s+)?([\\p{Lu}][\\p{Ll}’'-]+(?:\\s+[\\p{Lu}][\\p{Ll}’'-]+){1,2})(?:\\s*\\([\\p{Lu}.]{1,4}\\))?";
  const line = new RegExp(
    `^(?:(?:co-)?hosts?|presenters?|interviewers?|moderators?|hosted by|presented by)\\s*:?\\s+(${name}(?:\\s*(?:,|&|and)\\s*${name})*)\\s*\\.?$`,
    'gimu',
  );
  for (const m of body.matchAll(line))
    for (const n of m[1]!.matchAll(new RegExp(name, 'gu'))) out.add(n[1]!.toLowerCase());
  return out;
}

/** "I'm Dave Kirkby", "my name is Jo Ames", "this is Jo Ames": a speaker naming themselves. */
export function selfIntroduction(text: string): string | null {
  const m = /\b(?:I['’]m|I am|my name is)\s+([\p{Lu}][\p{L}’'-]+\s+[\p{Lu}][\p{L}’'-]+)\b/u.exec(
    text,
  );
  return m ? m[1]! : null;
}

/** True when the label's role asks the questions (presenter, host, interviewer …). */
export function isHostRole(role: string | null): boolean {
  return role !== null && HOST_ROLES.test(role);
}

/** `JANET` → `Janet`; names written in capitals read better in title case. */
export function titleCase(label: string): string {
  return label === label.toUpperCase()
    ? label
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : label;
}
