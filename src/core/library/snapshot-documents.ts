/**
 * An analysed document in the snapshot: the document as it is, passages as compact tuples. A
 * passage's text is not stored: it is `body.slice(start, end)` by definition, so it is cut from
 * the body again on load (and shares its memory).
 */
import type {
  AnalysedDocument,
  BlockKind,
  Document,
  FurnitureSpan,
  Passage,
  Role,
  Sieve,
} from '../types.js';

/**
 * [id, start, end, speaker, role, kind, parentId, order, sentence spans (start, end, …),
 * attribution sieve, evidence start, evidence end (-1 when none)]
 */
type PassageTuple = [
  string,
  number,
  number,
  number,
  Role,
  BlockKind,
  string | null,
  number,
  number[],
  Sieve,
  number,
  number,
];

export interface EncodedDocument {
  document: Document;
  furniture: FurnitureSpan[];
  speakers: string[];
  passages: PassageTuple[];
}

export function encodeDocument(a: AnalysedDocument): EncodedDocument {
  const speakers: string[] = [];
  const speakerIndex = new Map<string, number>();
  const passages = a.passages.map((p): PassageTuple => {
    let s = speakerIndex.get(p.speaker);
    if (s === undefined) {
      s = speakers.length;
      speakers.push(p.speaker);
      speakerIndex.set(p.speaker, s);
    }
    if (p.documentId !== a.document.id || p.text !== a.document.body.slice(p.start, p.end))
      throw new Error(`passage ${p.id} is not a span of its document`);
    const spans: number[] = [];
    p.sentences.forEach((sentence, i) => {
      if (sentence.index !== i) throw new Error(`passage ${p.id}: sentences out of order`);
      spans.push(sentence.start, sentence.end);
    });
    const evidence = p.attribution.evidence;
    return [
      p.id,
      p.start,
      p.end,
      s,
      p.role,
      p.kind,
      p.parentId,
      p.order,
      spans,
      p.attribution.sieve,
      evidence?.start ?? -1,
      evidence?.end ?? -1,
    ];
  });
  return { document: a.document, furniture: a.furniture, speakers, passages };
}

export function decodeDocument(e: EncodedDocument): AnalysedDocument {
  const { document } = e;
  const body = document.body;
  if (typeof body !== 'string') throw new Error('document without a body');
  const passages = e.passages.map(
    ([
      id,
      start,
      end,
      speaker,
      role,
      kind,
      parentId,
      order,
      spans,
      sieve,
      evStart,
      evEnd,
    ]): Passage => {
      const name = e.speakers[speaker];
      if (name === undefined || start < 0 || end > body.length || start > end)
        throw new Error(`passage ${id}: bad span or speaker`);
      const sentences = [];
      for (let i = 0; i < spans.length; i += 2)
        sentences.push({ start: spans[i]!, end: spans[i + 1]!, index: i / 2 });
      return {
        id,
        documentId: document.id,
        speaker: name,
        role,
        kind,
        start,
        end,
        text: body.slice(start, end),
        sentences,
        parentId,
        order,
        attribution: {
          sieve,
          evidence: evStart >= 0 && evEnd <= body.length ? { start: evStart, end: evEnd } : null,
        },
      };
    },
  );
  return { document, passages, furniture: e.furniture };
}
