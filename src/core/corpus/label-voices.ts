/**
 * The voice a speaker label gives a transcript's paragraph ("Q:", "PRESENTER:", "Cllr Okafor:"):
 * the interviewer's question, the interviewee's answer, or what the named person said; and the
 * presenters' continuity between items, which is nobody's view.
 */
import type { BlockKind, Role } from '../types.js';
import type { DocumentNames } from './person-names.js';
import { wordCount } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';
import { isHostRole, type parseLabel, titleCase } from './transcript-labels.js';
import type { Voices } from './voices.js';

/** Presenters' continuity: what a broadcast says between items, not anyone's view. */
const CONTINUITY =
  /\b(?:after the (?:news|break|headlines)|after this (?:break|short break)|(?:stay|keep) (?:with us|listening|tuned)|you['’]re (?:listening|tuned) to|we['’]ll be (?:right )?back|(?:continues|more) (?:after|in a moment|shortly))\b/i;

/** What a label's voice depends on: the document's voices and the role holders its text names. */
export interface LabelContext {
  voices: Voices;
  /** Who holds each role a label may give alone ("CHAIR:"), from the transcript's own words. */
  holders: ReadonlyMap<string, string>;
  /** The hosts a cast line names ("Hosts: Tamsin Okoye (TO), …"), lower-cased. */
  hosts: ReadonlySet<string>;
  speakers: SpeakerDirectory;
  names: DocumentNames;
  roleOf: (name: string) => Role;
}

/** Who speaks under a label, in what role, and whether it is a question, an answer or narration. */
export function voiceOfLabel(
  label: NonNullable<ReturnType<typeof parseLabel>>,
  { voices, holders, hosts, speakers, names, roleOf }: LabelContext,
): {
  speaker: string;
  role: Role;
  kind: BlockKind;
} {
  if (label.qa === 'Q')
    return { speaker: voices.interviewer, role: 'interviewer', kind: 'question' };
  if (label.qa === 'A')
    return { speaker: voices.interviewee, role: roleOf(voices.interviewee), kind: 'answer' };
  const written = label.name ?? (label.role ? (holders.get(label.role) ?? null) : null);
  const named = written
    ? (speakers.canonicalInText(written) ??
      speakers.canonicalInText(titleCase(written)) ??
      names.resolve(titleCase(written)) ??
      titleCase(written))
    : `the ${label.role}`;
  if (
    isHostRole(label.role) ||
    (label.numbered && named !== voices.subject) ||
    (named === voices.interviewer && named !== voices.subject) ||
    (hosts.has(named.toLowerCase()) && named !== voices.subject)
  )
    return { speaker: named, role: 'interviewer', kind: 'question' };
  return {
    speaker: named,
    role: roleOf(named),
    kind: named === voices.interviewee ? 'answer' : 'narration',
  };
}

export function isContinuity(t: string): boolean {
  return CONTINUITY.test(t) && wordCount(t) <= 40;
}
