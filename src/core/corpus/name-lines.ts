/**
 * Speaker labels on a line of their own, as earnings calls, hearings and many podcast transcripts
 * print them: the name, then the paragraphs it says.
 *
 *     Farah Qureshi
 *
 *     Thank you, Devika. Let me take you through the key financials.
 *
 * A short line of capitalised words looks like a heading too, so the lines count as labels only
 * together: at least three of them, by at least two people, each followed by a paragraph, and
 * they start only where a line that is surely a label is seen: a name said twice (a conversation),
 * a speaker the corpus knows, or a role ("Operator"). One-off subheadings of an article ("Key
 * takeaways") are none of these.
 */
import { parseRoleWord, type Label } from './transcript-labels.js';
import type { SpeakerDirectory } from './speakers.js';

/** One to four capitalised words ("Nikhil Bose", "Dr. A. Rao", "NIKHIL BOSE"), nothing else. */
const NAME_LINE =
  /^(?:[\p{Lu}][\p{L}’'-]*\.?|[\p{Lu}]\.)(?:[ \t]+(?:[\p{Lu}][\p{L}’'-]*\.?|[\p{Lu}]\.)){0,3}$/u;

/** The units that are a speaker's name on its own line, each with the label it gives. */
export function nameLineLabels(
  texts: readonly string[],
  isParagraph: (i: number) => boolean,
  speakers: SpeakerDirectory,
): Map<number, Label> {
  const candidates = new Map<number, string>();
  for (let i = 0; i + 1 < texts.length; i++) {
    const t = texts[i]!.trim();
    if (t.length > 48 || !NAME_LINE.test(t) || !isParagraph(i + 1)) continue;
    // one word ("Advertisement", "Background") is a name only when the corpus knows it or a role
    const oneWord = !/\s/.test(t);
    if (oneWord && parseRoleWord(t) === null && !speakers.canonicalInText(t)) continue;
    candidates.set(i, t);
  }
  const seen = new Map<string, number>();
  for (const t of candidates.values()) seen.set(t, (seen.get(t) ?? 0) + 1);
  const strict = [...candidates].filter(([, t]) => {
    return (seen.get(t) ?? 0) >= 2 || parseRoleWord(t) !== null || speakers.canonicalInText(t);
  });
  const repeated = strict.some(([, t]) => (seen.get(t) ?? 0) >= 2);
  if (strict.length < 2 || !repeated) return new Map();
  // once names on their own lines carry the page, a one-off name after the first is a speaker too
  // (an analyst who asks one question)
  const first = strict[0]![0];
  const labels = new Map<number, Label>();
  for (const [i, t] of candidates) {
    if (i < first) continue;
    const role = parseRoleWord(t);
    labels.set(i, {
      length: texts[i]!.length,
      qa: null,
      name: role ? null : t,
      role,
      numbered: false,
    });
  }
  const names = new Set([...labels.keys()].map((i) => candidates.get(i)));
  return labels.size >= 3 && names.size >= 2 ? labels : new Map();
}
