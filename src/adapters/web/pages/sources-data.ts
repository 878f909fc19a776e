/**
 * A /source answer as the pages read it: the CLI's `--json` shape (see
 * core/commands/source-command.ts), a source's citation with its speakers and quote count.
 */
import type { Reply, Role, SourceRef } from '../../../core/index.js';
import { shown, shownSource } from './page-helpers.js';

export interface SourceSummary extends SourceRef {
  /** Quotable passages (every passage but headings). */
  quotes: number;
  /** Who speaks in it and in what role, most passages first. */
  speakers: { name: string; role: Role; quotes: number }[];
}

/** `/source` with no id: every source. */
export function sourceListOf(reply: Reply): readonly SourceSummary[] {
  return ((reply.data as { sources?: SourceSummary[] } | null)?.sources ?? []).map(shownSummary);
}

/** `/source <id>`: one source. */
export function sourceOf(reply: Reply): SourceSummary | null {
  const source = (reply.data as { source?: SourceSummary } | null)?.source;
  return source ? shownSummary(source) : null;
}

function shownSummary(s: SourceSummary): SourceSummary {
  return { ...shownSource(s), speakers: s.speakers.map((sp) => ({ ...sp, name: shown(sp.name) })) };
}
