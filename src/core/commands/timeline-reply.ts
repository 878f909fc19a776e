/**
 * A page of a timeline as a Reply: one line per event (date as precise as known, label, speaker,
 * sources with their quote ids), paging buttons, and the JSON payload `{ events }`.
 */
import { makeReply, type Block, type Button, type Reply } from '../reply/index.js';
import { labelEventDate, type EventList, type TimelineEvent } from '../timeline/index.js';

const EVENTS_PER_PAGE = 10;
/**
 * Sources named on an event's line; the rest are counted ("and 12 more sources") and all are in
 * the JSON. An archive can tell one event in hundreds of documents, and a line must stay a line.
 */
const SOURCES_PER_LINE = 3;

export interface TimelinePage {
  title: string;
  /** Every event that passed the filters (and the limit), oldest first: only the page is read. */
  events: EventList;
  page: number;
  /** The command's options in the text grammar, carried by the paging buttons. */
  args: string;
  /** What the filters were, for the line above the list ("about “suspended” · 2019"). */
  scope: string | null;
  /** Date expressions left out rather than guessed, among the documents and speakers asked about. */
  skipped: number;
}

export function timelineReply(p: TimelinePage): Reply {
  const total = p.events.length;
  const pageCount = Math.max(1, Math.ceil(total / EVENTS_PER_PAGE));
  const page = Math.min(Math.max(0, p.page), pageCount - 1);
  const shown = p.events.slice(page * EVENTS_PER_PAGE, (page + 1) * EVENTS_PER_PAGE);

  const blocks: Block[] = [];
  if (p.scope) blocks.push({ type: 'context', text: p.scope });
  blocks.push({ type: 'list', items: shown.map(lineOf) });
  const notes = [
    `${pageCount > 1 ? `Page ${page + 1} of ${pageCount} · ` : ''}${total} event${total === 1 ? '' : 's'}, oldest first`,
    '“(inferred)”: the date was worked out from the document’s own date; “c.”: approximate',
  ];
  if (p.skipped > 0) {
    notes.push(
      `${p.skipped} date expression${p.skipped === 1 ? '' : 's'} left out rather than guessed (undated posts, or a document not dated to the day)`,
    );
  }
  blocks.push({ type: 'context', text: notes.join(' · ') });
  if (pageCount > 1) {
    const button = (label: string, to: number, disabled: boolean): Button => ({
      kind: 'action',
      label,
      style: 'secondary',
      disabled,
      action: { id: 'timeline.page', kind: 'page', state: { args: p.args, page: to } },
    });
    blocks.push({
      type: 'buttons',
      buttons: [
        button('Previous', Math.max(0, page - 1), page === 0),
        button('Next', page + 1, page >= pageCount - 1),
      ],
    });
  }
  return makeReply({
    type: 'list',
    title: p.title,
    blocks,
    paging: { page, pageCount, total },
    data: lazyEventsData(p.events),
  });
}

/**
 * `{ events }` for `--json`, built when read: chat platforms never read it, and building every
 * matching event's data on each /timeline would be most of its time and garbage on a large corpus.
 */
function lazyEventsData(events: EventList): {
  readonly events: ReturnType<typeof eventData>[];
} {
  let built: ReturnType<typeof eventData>[] | null = null;
  return {
    get events() {
      built ??= events.slice(0, events.length).map(eventData);
      return built;
    },
  };
}

/** One line: "12 Dec 2019 (inferred)" / "label — speaker · Source title [quote id]". */
export function lineOf(e: TimelineEvent): { title: string; detail: string } {
  // each source's first telling, in one pass: an event can have hundreds of each
  const firstQuote = new Map<string, string>();
  for (const m of e.mentions)
    if (!firstQuote.has(m.documentId)) firstQuote.set(m.documentId, m.quoteId);
  const sources = e.sources
    .slice(0, SOURCES_PER_LINE)
    .map((s) => `${s.title} [${firstQuote.get(s.id) ?? e.quoteId}]`);
  const more = e.sources.length - SOURCES_PER_LINE;
  if (more > 0) sources.push(`and ${more} more source${more === 1 ? '' : 's'}`);
  return {
    title: `${labelEventDate(e)}${e.inferred ? ' (inferred)' : ''}`,
    detail: `${e.label} — ${e.speaker} · ${sources.join('; ')}`,
  };
}

/** The JSON form of an event (what `--json` prints). */
export function eventData(e: TimelineEvent) {
  return {
    start: e.start,
    end: e.end,
    precision: e.precision,
    inferred: e.inferred,
    approximate: e.approximate,
    dateLabel: labelEventDate(e),
    label: e.label,
    evidence: e.evidence,
    speaker: e.speaker,
    role: e.role,
    quoteId: e.quoteId,
    sources: e.sources.map((s) => ({ id: s.id, title: s.title, published: s.published })),
    mentions: e.mentions.map((m) => ({
      documentId: m.documentId,
      quoteId: m.quoteId,
      speaker: m.speaker,
      evidence: m.evidence,
    })),
  };
}
