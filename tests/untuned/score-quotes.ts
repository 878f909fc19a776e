/**
 * Quotes, traps and furniture of one corpus against its gold table:
 * - quotes: `/quote <query>` shows the gold text in its first page (the top 3) with the gold speaker
 *   (at its place in the gold document, or the same words in another document);
 * - traps: `/quote <query> speaker:<subject>` never shows someone else's words or furniture as the
 *   subject's (any shown result whose span overlaps the gold text, under the subject's name);
 * - furniture: no furniture line overlaps a passage /quote can show.
 * Every shown result is also checked to be the exact text of its document at its span.
 */
import type { Corpus } from '../../src/core/index.js';
import type { QuoteResult } from '../../src/core/commands/quote-block.js';
import { searchablePassages } from '../../src/core/search/index-data.js';
import type { Asker } from './ask-commands.js';
import type { GoldFurniture, GoldQuote, GoldTable } from './gold-table.js';
import {
  goldNamesOf,
  holdsGoldText,
  occurrences,
  overlap,
  shownAsSubject,
  speakerMatches,
} from './match.js';

/** Passed out of total. */
export interface Tally {
  passed: number;
  total: number;
}

/** A shown quote or passage, for the failure details. */
export interface ShownLine {
  doc: string;
  speaker: string;
  role: string;
  text: string;
}

export interface QuoteFigures {
  /** Gold quotes shown in the top 3 with the right speaker and role. */
  quotes: Tally;
  /** Traps (others' words, furniture) never shown under the subject's name. */
  traps: Tally;
  /** Furniture lines kept out of every quotable passage. */
  furniture: Tally;
  /** Shown results whose text is not `body.slice(span)`: must be none. */
  notVerbatim: number;
}

export interface QuoteFailures {
  quotes: { gold: GoldQuote; shown: ShownLine[] }[];
  traps: { trap: GoldFurniture; shown: ShownLine }[];
  furniture: { line: GoldFurniture; passage: ShownLine }[];
  notVerbatim: { query: string; shown: ShownLine }[];
}

export async function scoreQuotes(
  corpus: Corpus,
  gold: GoldTable,
  ask: Asker,
): Promise<{ figures: QuoteFigures; failures: QuoteFailures }> {
  const names = goldNamesOf(corpus);
  const bodyOf = (doc: string) => corpus.documents.get(doc)?.document.body ?? '';
  const failures: QuoteFailures = { quotes: [], traps: [], furniture: [], notVerbatim: [] };

  const shownFor = async (query: string, speaker?: string) => {
    const { results } = await ask.quote(speaker ? { query, speaker } : { query });
    for (const r of results) {
      if (bodyOf(r.source.id).slice(r.span.start, r.span.end) !== r.text)
        failures.notVerbatim.push({ query, shown: lineOf(r) });
    }
    return results;
  };

  let found = 0;
  for (const q of gold.quotes) {
    const spans = occurrences(bodyOf(q.doc), q.text);
    const shown = await shownFor(q.query);
    // the same words shown from another document count too, when they are the same speaker's
    const holds = (r: QuoteResult) =>
      r.source.id === q.doc ? holdsGoldText(spans, r) : r.text.includes(q.text);
    const hit = shown.some((r) => holds(r) && speakerMatches(q, r, names));
    if (hit) found++;
    else failures.quotes.push({ gold: q, shown: shown.map(lineOf) });
  }

  const traps: GoldFurniture[] = [
    ...gold.quotes.filter((q) => q.speaker !== gold.subject),
    ...gold.furniture,
    ...(gold.otherWords ?? []),
  ];
  for (const trap of traps) {
    const spans = occurrences(bodyOf(trap.doc), trap.text);
    const shown = await shownFor(trap.query, gold.subject);
    const fired = shown.find(
      (r) =>
        r.source.id === trap.doc &&
        spans.some((g) => overlap(g, r.span) > 0) &&
        shownAsSubject(r, names),
    );
    if (fired) failures.traps.push({ trap, shown: lineOf(fired) });
  }

  for (const line of gold.furniture) {
    const analysed = corpus.documents.get(line.doc);
    if (!analysed) continue; // reported as a gold problem
    const spans = occurrences(analysed.document.body, line.text);
    const passage = searchablePassages(analysed.passages).find((p) =>
      spans.some((s) => overlap(s, p) > 0),
    );
    if (passage)
      failures.furniture.push({
        line,
        passage: {
          doc: line.doc,
          speaker: passage.speaker,
          role: passage.role,
          text: passage.text,
        },
      });
  }

  return {
    figures: {
      quotes: { passed: found, total: gold.quotes.length },
      traps: { passed: traps.length - failures.traps.length, total: traps.length },
      furniture: {
        passed: gold.furniture.length - failures.furniture.length,
        total: gold.furniture.length,
      },
      notVerbatim: failures.notVerbatim.length,
    },
    failures,
  };
}

function lineOf(r: QuoteResult): ShownLine {
  return { doc: r.source.id, speaker: r.speaker, role: r.role, text: r.text };
}
