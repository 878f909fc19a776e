/**
 * The seeds' gold table, converted when loaded from the fixtures the seed tests already use (not
 * copied): the search quality table (quotes; its NOT_HIS words become traps), the gold timeline
 * (events) and the pasted quotes (verdicts). The fixtures name no document and no role for a
 * quote: the document is the one whose text holds it, the role follows from the speaker (the
 * subject's own words, the document's interviewer, or someone quoted).
 */
import type { Corpus } from '../../src/core/index.js';
import type { Role } from '../../src/core/types.js';
import { NOT_HIS, QUALITY_QUERIES } from '../fixtures/quality-queries.js';
import { GOLD_TIMELINE } from '../fixtures/gold-timeline.js';
import { PASTED_QUOTES } from '../verify/pasted-quotes.js';
import { UNNAMED, profileNames, type GoldQuote, type GoldTable } from './gold-table.js';

export function seedsGold(corpus: Corpus): GoldTable {
  const subject = corpus.profile.subject ?? '';
  const names = profileNames(corpus);
  const docs = [...corpus.documents.values()];
  /** The document holding the words ('' when none does: checkGold reports it). */
  const docOf = (words: string) => docs.find((a) => a.document.body.includes(words));

  const quotes = QUALITY_QUERIES.map(([query, text, speaker]): GoldQuote => {
    const analysed = docOf(text);
    const named = names.has(speaker);
    const interviewer = analysed?.document.hints.interviewer;
    const role: Role =
      speaker === subject
        ? 'subject'
        : interviewer && corpus.speakers.resolve(interviewer) === speaker
          ? 'interviewer'
          : 'quoted';
    return {
      doc: analysed?.document.id ?? '',
      query,
      text,
      speaker: named ? speaker : UNNAMED,
      role,
    };
  });

  // NOT_HIS words already trapped through a quote of someone else are not trapped twice.
  const othersQuoted = quotes.filter((q) => q.speaker !== subject).map((q) => q.text);
  const otherWords = NOT_HIS.filter(
    (t) => !othersQuoted.some((o) => o.includes(t) || t.includes(o)),
  ).map((text) => ({ doc: docOf(text)?.document.id ?? '', query: text, text }));

  return {
    subject,
    quotes,
    furniture: [],
    otherWords,
    events: GOLD_TIMELINE.map((g) => ({
      doc: g.document,
      evidence: g.evidence,
      start: g.start,
      end: g.end,
      precision: g.precision,
    })),
    verify: PASTED_QUOTES.map((c) => ({
      text: c.text,
      ...(c.speaker === undefined ? {} : { speaker: c.speaker }),
      verdict: c.expected.verdict,
    })),
  };
}
