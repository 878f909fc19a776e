/**
 * The corpora one process serves and the corpus of each place. A value: built once at start-up,
 * read by every adapter when a command, autocomplete or button arrives.
 */
import type { Corpus } from '../core/index.js';
import { NO_RULES, ruleFor, type Place, type PlaceRules } from './place-rules.js';

/** A corpus with the name corpora.yaml gives it. */
export interface PlacedCorpus {
  id: string;
  /** From corpora.yaml; null when not given. */
  title: string | null;
  corpus: Corpus;
}

/** The name of the one corpus of a deployment without corpora.yaml. */
const SINGLE_CORPUS_ID = 'default';

export class Corpora {
  private readonly byName: ReadonlyMap<string, PlacedCorpus>;

  constructor(
    corpora: readonly PlacedCorpus[],
    private readonly rules: PlaceRules,
    /** Used where no rule matches; null: those places have no corpus. */
    readonly defaultId: string | null,
  ) {
    this.byName = new Map(corpora.map((c) => [c.id, c]));
  }

  /** One corpus for every place: CORPUS_DIR without corpora.yaml. */
  static single(corpus: Corpus): Corpora {
    return new Corpora([{ id: SINGLE_CORPUS_ID, title: null, corpus }], NO_RULES, SINGLE_CORPUS_ID);
  }

  /** The corpus of a place: its channel's rule, else its server's or workspace's, else the default. */
  forPlace(place: Place): PlacedCorpus | null {
    return this.byId(ruleFor(this.rules, place) ?? this.defaultId);
  }

  byId(id: string | null): PlacedCorpus | null {
    return id === null ? null : (this.byName.get(id) ?? null);
  }

  /** Every corpus, in the order corpora.yaml lists them. */
  list(): PlacedCorpus[] {
    return [...this.byName.values()];
  }

  /** The corpus that holds a quote id (ids are unique across corpora), for the web site. */
  holding(quoteId: string): PlacedCorpus | null {
    return this.list().find((placed) => placed.corpus.passages.has(quoteId)) ?? null;
  }
}
