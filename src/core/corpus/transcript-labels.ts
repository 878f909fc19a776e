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
}

/** Roles whose holder asks the questions: their words are the interviewer's. */
const HOST_ROLES =
  /^(?:presenter|host|co-host|interviewer|moderator|chair|chairman|chairwoman|chairperson|anchor|reporter|correspondent|narrator|announcer|question|questioner)$/;
/** Role words that can stand in a label instead of a name, or beside one. */
const ROLE_WORDS =
  /^(?:presenter|host|co-host|interviewer|moderator|chair|chairman|chairwoman|chairperson|anchor|reporter|correspondent|narrator|announcer|caller|guest|panellist|panelist|audience member|audience|voice|speaker|clerk|judge|witness|counsel|prosecutor|defence|voiceover|questioner|member of the public)$/;
/** Words that end in a colon at the start of a line but never name a speaker. */
const NOT_A_LABEL =
  /^(?:note|notes|update|updated|editor['’]?s note|read more|watch|listen|source|sources|image|photo|picture|credit|tags?|related|see also|also read|warning|disclaimer|correction|clarification|subject|re|date|time|venue|location|where|when|tickets|contact|email|tel|phone|website|web|address|notes to editors|ends|about|background|quote|headline|breaking|live|update \d+)$/i;

const LABEL =
  /^(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*)?(Q|A|[\p{Lu}][\p{L}.’' -]{0,40}?)(?:\s*\(([^()\n]{1,40})\))?\s*:\s+(?=\S)/u;

/** The label at the start of a paragraph, or null. */
export function parseLabel(text: string): Label | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const head = m[1]!.trim();
  const bracket = m[2]?.trim() ?? null;
  if (head === 'Q' || head === 'A')
    return { length: m[0].length, qa: head, name: null, role: null };
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
    };
  return { length: m[0].length, qa: null, name: head, role: bracketRole };
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
