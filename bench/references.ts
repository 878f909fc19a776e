/**
 * The two references every command is compared with, on the same queries in the same process:
 * - baseline: MiniSearch with the obvious options (fuzzy 0.2, prefix on every word, OR, the text
 *   stored), which scores and sorts every matching passage;
 * - floor: a minimal inverted index (lower-cased words, no stemming, no fuzzy, prefix only on the
 *   last word while typing) that accumulates BM25 in a dense array and keeps the top k. It finds
 *   less than the core does; it shows what the data structures alone cost.
 */
import MiniSearch from 'minisearch';
import type { Passage } from '../src/core/index.js';

export interface Reference {
  name: string;
  /** Best `k` passage ids with their text (what a reply needs). */
  search(text: string, k: number, prefixLast: boolean): { id: string; text: string }[];
  /** The stored passage for a quote id. */
  get(id: string): string | undefined;
}

export function miniSearchBaseline(passages: readonly Passage[]): Reference {
  const mini = new MiniSearch<Passage>({
    fields: ['text'],
    storeFields: ['text'],
    searchOptions: { fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  mini.addAll(passages);
  return {
    name: 'MiniSearch baseline',
    search: (text, k) =>
      mini
        .search(text)
        .slice(0, k)
        .map((r) => ({ id: r.id as string, text: r.text as string })),
    get: (id) => mini.getStoredFields(id)?.text as string | undefined,
  };
}

const WORD = /[\p{L}\p{N}]+/gu;
const K1 = 1.2;
const B = 0.75;

export function floorIndex(passages: readonly Passage[]): Reference {
  const n = passages.length;
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  const lengths = new Float64Array(n);
  passages.forEach((p, doc) => {
    const words = p.text.toLowerCase().match(WORD) ?? [];
    lengths[doc] = words.length;
    for (const w of words) {
      let t = termIds.get(w);
      if (t === undefined) {
        t = postings.length;
        termIds.set(w, t);
        postings.push([]);
      }
      const list = postings[t]!;
      // (doc, tf) pairs, doc ascending: bump tf when the last pair is this doc's.
      if (list[list.length - 2] === doc) list[list.length - 1]!++;
      else list.push(doc, 1);
    }
  });
  const lists = postings.map((l) => Uint32Array.from(l));
  const sorted = [...termIds.keys()].sort();
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const norm = lengths.map((l) => K1 * (1 - B + (B * l) / avg));
  const score = new Float64Array(n);
  const touched = new Uint32Array(n);
  const byId = new Map(passages.map((p) => [p.id, p.text]));

  const prefixTerms = (prefix: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++)
      out.push(termIds.get(sorted[i]!)!);
    return out;
  };

  return {
    name: 'minimal top-k index',
    search(text, k, prefixLast) {
      const words = text.toLowerCase().match(WORD) ?? [];
      let count = 0;
      words.forEach((w, i) => {
        const ids = prefixLast && i === words.length - 1 ? prefixTerms(w) : [termIds.get(w) ?? -1];
        for (const t of ids) {
          const list = lists[t];
          if (!list) continue;
          const df = list.length / 2;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          for (let j = 0; j < list.length; j += 2) {
            const doc = list[j]!;
            const tf = list[j + 1]!;
            if (score[doc] === 0) touched[count++] = doc;
            score[doc]! += (idf * tf * (K1 + 1)) / (tf + norm[doc]!);
          }
        }
      });
      const best = topK(touched, count, score, k);
      for (let i = 0; i < count; i++) score[touched[i]!] = 0;
      return best.map((doc) => ({ id: passages[doc]!.id, text: passages[doc]!.text }));
    },
    get: (id) => byId.get(id),
  };
}

/** The k best of `count` touched docs: a small sorted buffer, replaced from the bottom. */
function topK(touched: Uint32Array, count: number, score: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = touched[i]!;
    const s = score[doc]!;
    if (best.length < k) best.push(doc);
    else if (s > score[best[k - 1]!]!) best[k - 1] = doc;
    else continue;
    let at = best.length - 1;
    while (at > 0 && score[best[at - 1]!]! < s) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = doc;
  }
  return best;
}
