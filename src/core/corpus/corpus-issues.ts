/** The corpus reader's reports, worded for the person who fixes the file. */
import type { CorpusIssue } from '../types.js';
import type { UnreadableEntry } from './list-corpus-files.js';

/** The report for an entry the walk could not use, saying what is missing because of it. */
export function unreadableIssue(entry: UnreadableEntry): CorpusIssue {
  const lost = {
    folder: '; the documents in it are not loaded',
    document: '',
    profile: "; speakers' aliases are not used",
    link: '',
  }[entry.kind];
  return {
    file: entry.file,
    field: null,
    message: `cannot read: ${entry.reason}${lost}`,
    severity: entry.kind === 'profile' ? 'warning' : 'skipped',
  };
}

/** The first line of a parser's message (YAML errors go on with a code frame). */
export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'parse error';
}
