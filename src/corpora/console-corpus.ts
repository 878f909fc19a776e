/**
 * The corpus of the console and the CLI (`--corpus <name>`): they are the operator's, not a
 * community's, so without the flag they use the default, or the first corpus corpora.yaml lists.
 */
import type { Corpora, PlacedCorpus } from './corpora.js';

/** `--corpus <name>` or `--corpus=<name>` taken out of the arguments; the rest left as they were. */
export function takeCorpusFlag(
  argv: readonly string[],
): { ok: true; corpus: string | null; rest: string[] } | { ok: false; message: string } {
  const rest: string[] = [];
  let corpus: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--corpus') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        return {
          ok: false,
          message: 'Option --corpus needs a corpus name, e.g. --corpus default.',
        };
      corpus = value;
      i++;
    } else if (arg.startsWith('--corpus=')) corpus = arg.slice('--corpus='.length);
    else rest.push(arg);
  }
  return { ok: true, corpus, rest };
}

export function consoleCorpus(
  corpora: Corpora,
  requested: string | null,
): { ok: true; placed: PlacedCorpus } | { ok: false; message: string } {
  const names = corpora.list().map((c) => c.id);
  if (requested !== null) {
    const placed = corpora.byId(requested);
    if (placed) return { ok: true, placed };
    return {
      ok: false,
      message: `Unknown corpus "${requested}". Corpora: ${names.join(', ')}${names.length === 1 ? ' (no corpora.yaml in CORPUS_DIR: the folder is one corpus)' : ''}.`,
    };
  }
  return { ok: true, placed: corpora.byId(corpora.defaultId) ?? corpora.list()[0]! };
}
