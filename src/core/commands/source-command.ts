/**
 * /source: the corpus (no argument), one source (a source id), or one quote in context (a quote id).
 */
import { z } from 'zod';
import type { AnalysedDocument, Role } from '../types.js';
import type { Corpus } from '../library/index.js';
import { QUOTE_ID_PATTERN } from '../corpus/index.js';
import {
  ErrorCode,
  errorReply,
  makeReply,
  type Block,
  type Reply,
  roleLabel,
} from '../reply/index.js';
import { MAX_NAME_LENGTH, resolveSource } from './common-options.js';
import { defineCommand } from './define-command.js';
import { showQuote } from './show-quote.js';
import { sourceRefOf } from './source-ref.js';

export const sourceCommand = defineCommand({
  name: 'source',
  description: 'Show the corpus, one source, or one quote in its context',
  options: [
    {
      name: 'id',
      description: 'A source id or a quote id (leave empty to list the corpus)',
      type: 'string',
      required: false,
      positional: true,
      maxLength: MAX_NAME_LENGTH,
      autocomplete: 'source',
    },
  ],
  input: z.object({
    id: z
      .string()
      .trim()
      .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)
      .optional(),
  }),
  examples: ['', 'ei-independent-run'],
  run: ({ id }, { corpus, corpusTitle }) => {
    if (!id) return listSources(corpus, corpusTitle);
    if (QUOTE_ID_PATTERN.test(id) && !corpus.documents.has(id)) return showQuote(corpus, id);
    const source = resolveSource(corpus, id);
    if (!source.ok) return source.reply;
    return showSource(corpus.documents.get(source.value!)!);
  },
  actions: {
    /** state: { id: quote id } */
    context: (state, { corpus }) => {
      const id = String(state.id ?? '');
      return corpus.passages.has(id)
        ? showQuote(corpus, id)
        : errorReply(ErrorCode.StaleAction, 'That quote is no longer in the corpus.');
    },
  },
});

interface SourceSummary extends ReturnType<typeof sourceRefOf> {
  quotes: number;
  speakers: { name: string; role: Role; quotes: number }[];
}

function summarise(a: AnalysedDocument): SourceSummary {
  const quotable = a.passages.filter((p) => p.kind !== 'heading');
  const counts = new Map<string, { name: string; role: Role; quotes: number }>();
  for (const p of quotable) {
    const key = `${p.speaker}\u0000${p.role}`;
    const c = counts.get(key) ?? { name: p.speaker, role: p.role, quotes: 0 };
    c.quotes++;
    counts.set(key, c);
  }
  return {
    ...sourceRefOf(a.document),
    quotes: quotable.length,
    speakers: [...counts.values()].sort((x, y) => y.quotes - x.quotes),
  };
}

function listSources(corpus: Corpus, corpusTitle: string | undefined): Reply {
  const summaries = [...corpus.documents.values()].map(summarise);
  const blocks: Block[] = [
    {
      type: 'list',
      items: summaries.map((s) => ({
        title: `${s.title} (${s.id})`,
        detail: [s.publisher, s.publishedLabel ?? 'date unknown', s.kind, `${s.quotes} quotes`]
          .filter(Boolean)
          .join(' · '),
      })),
    },
  ];
  const skipped = corpus.issues.filter((i) => i.severity === 'skipped');
  if (skipped.length > 0) {
    blocks.push({
      type: 'context',
      text: `Not loaded: ${skipped.map((i) => `${i.file} (${i.field ?? 'file'}: ${i.message})`).join('; ')}`,
    });
  }
  blocks.push({
    type: 'context',
    text: 'Use /source <id> for one source, or /source <quote id> for a quote in its context.',
  });
  return makeReply({
    type: 'list',
    title: `${corpusTitle ? `${corpusTitle}: ` : ''}${summaries.length} sources, ${summaries.reduce((n, s) => n + s.quotes, 0)} quotes`,
    blocks,
    data: { sources: summaries, issues: corpus.issues },
  });
}

function showSource(a: AnalysedDocument): Reply {
  const s = summarise(a);
  const doc = a.document;
  const fields = [
    { label: 'Id', value: s.id },
    { label: 'Publisher', value: s.publisher ?? 'unknown' },
    { label: 'Author', value: s.author ?? 'not stated' },
    { label: 'Published', value: s.publishedLabel ?? 'unknown' },
    { label: 'Kind', value: s.kind },
    { label: 'Quotes', value: String(s.quotes) },
    {
      label: 'Speakers',
      value: s.speakers.map((sp) => `${sp.name} (${roleLabel(sp.role)}): ${sp.quotes}`).join('; '),
    },
  ];
  if (doc.updated) fields.splice(4, 0, { label: 'Updated', value: doc.updated.value });
  const blocks: Block[] = [
    { type: 'fields', fields },
    { type: 'citation', source: sourceRefOf(doc) },
  ];
  if (doc.url)
    blocks.push({
      type: 'buttons',
      buttons: [{ kind: 'link', label: 'Open source', url: doc.url }],
    });
  return makeReply({ type: 'card', title: s.title, blocks, data: { source: s } });
}
