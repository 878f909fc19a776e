/**
 * Reads a corpus folder: one document per `.md` (YAML front matter + verbatim body) or `.txt`
 * (body only) file, plus the optional `corpus.yaml`. A bad file, or one that cannot be read at all
 * (no permission, a link to nothing, a named pipe), is reported by name and reason and skipped;
 * the rest still load. Nothing here throws for bad content or a bad entry.
 */
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { z } from 'zod';
import type { CorpusIssue, CorpusProfile, Document } from '../types.js';
import { frontMatterSchema, FRONT_MATTER_FIELDS } from './front-matter.js';
import {
  describeFsError,
  describeSpecialEntry,
  NODE_CORPUS_FS,
  type CorpusFs,
} from './corpus-fs.js';
import { decodeText } from './decode-text.js';
import { NO_PROFILE, readProfile } from './read-profile.js';
import { firstLine, unreadableIssue } from './corpus-issues.js';
import { listCorpusFiles } from './list-corpus-files.js';

/** Larger files are almost certainly not a single article; refuse rather than stall start-up. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface ReadResult {
  documents: Document[];
  profile: CorpusProfile;
  issues: CorpusIssue[];
}

/** YAML 1.2 core schema: dates stay strings (`2019-11-06`), so zod sees what the user typed. */
const matterOptions = {
  engines: { yaml: (s: string) => (YAML.parse(s) ?? {}) as object },
};

export async function readDocuments(
  dir: string,
  fs: CorpusFs = NODE_CORPUS_FS,
): Promise<ReadResult> {
  const issues: CorpusIssue[] = [];
  const listing = await listCorpusFiles(dir, fs);
  issues.push(...listing.unreadable.map(unreadableIssue));
  const profile = listing.profile
    ? await readProfile(dir, listing.profile, fs, issues)
    : { ...NO_PROFILE };
  const documents: Document[] = [];
  const seenIds = new Map<string, string>();
  const seenBodies = new Map<string, string>();
  for (const file of listing.documents) {
    const doc = await readDocument(dir, file, fs, issues);
    if (!doc) continue;
    const clash = seenIds.get(doc.id);
    if (clash) {
      issues.push({
        file,
        field: 'id',
        message: `id "${doc.id}" is already used by ${clash}; give this file its own id`,
        severity: 'skipped',
      });
      continue;
    }
    seenIds.set(doc.id, file);
    const twin = seenBodies.get(doc.body);
    if (twin)
      issues.push({
        file,
        field: null,
        message: `the same text as ${twin}: its quotes will show twice; remove one of them`,
        severity: 'warning',
      });
    else seenBodies.set(doc.body, file);
    documents.push(doc);
  }
  if (documents.length === 0)
    issues.push({
      file: '.',
      field: null,
      message:
        listing.documents.length === 0
          ? 'no documents: the folder holds no .md or .txt files, so every search finds nothing'
          : 'no documents: every file was skipped (see above), so every search finds nothing',
      severity: 'warning',
    });
  return { documents, profile, issues };
}

/** The file's text, or null when it cannot be read (reported: too large, or the reason). */
async function readText(
  dir: string,
  file: string,
  fs: CorpusFs,
  issues: CorpusIssue[],
): Promise<string | null> {
  const full = path.join(dir, file);
  try {
    const stats = await fs.stat(full);
    if (!stats.isFile()) {
      // Replaced since the folder was listed; a named pipe would block the read forever.
      const reason = describeSpecialEntry(stats) ?? 'it is no longer a file';
      issues.push(unreadableIssue({ file, reason, kind: 'document' }));
      return null;
    }
    const size = stats.size;
    if (size > MAX_DOCUMENT_BYTES) {
      issues.push({
        file,
        field: null,
        message: `${size} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit for one document; split it`,
        severity: 'skipped',
      });
      return null;
    }
    const decoded = decodeText(await fs.readFile(full));
    if (!decoded.ok) {
      issues.push({
        file,
        field: null,
        message: `${decoded.reason}; skipped`,
        severity: 'skipped',
      });
      return null;
    }
    if (decoded.encoding === 'windows-1252')
      issues.push({
        file,
        field: null,
        message:
          'not UTF-8: read as Windows-1252 (Latin-1); check its accents and quote marks, and save it as UTF-8 to be sure',
        severity: 'warning',
      });
    return decoded.text;
  } catch (err) {
    issues.push(unreadableIssue({ file, reason: describeFsError(err), kind: 'document' }));
    return null;
  }
}

async function readDocument(
  dir: string,
  file: string,
  fs: CorpusFs,
  issues: CorpusIssue[],
): Promise<Document | null> {
  const raw = await readText(dir, file, fs, issues);
  if (raw === null) return null;
  if (raw.includes('\uFFFD')) {
    issues.push({
      file,
      field: null,
      message: 'contains bytes that are not UTF-8; save it as UTF-8',
      severity: 'warning',
    });
  }
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const isMarkdown = /\.(md|markdown)$/i.test(file);

  let body = raw;
  let data: Record<string, unknown> = {};
  if (isMarkdown && /^(\uFEFF)?---\r?\n/.test(raw)) {
    try {
      const parsed = matter(raw, matterOptions);
      body = parsed.content;
      data = (parsed.data ?? {}) as Record<string, unknown>;
    } catch (err) {
      issues.push({
        file,
        field: null,
        message: `front matter is not valid YAML (${firstLine(err)})`,
        severity: 'skipped',
      });
      return null;
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      issues.push({
        file,
        field: null,
        message: 'front matter must be a set of `field: value` lines',
        severity: 'skipped',
      });
      return null;
    }
  } else if (raw.startsWith('\uFEFF')) {
    body = raw.slice(1);
  }

  for (const key of Object.keys(data)) {
    if (!FRONT_MATTER_FIELDS.has(key)) {
      issues.push({
        file,
        field: key,
        message: `unknown field, ignored (known: ${[...FRONT_MATTER_FIELDS].join(', ')})`,
        severity: 'warning',
      });
      delete data[key];
    }
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({
        file,
        field: issue.path.join('.') || null,
        message: messageOf(issue),
        severity: 'skipped',
      });
    }
    return null;
  }
  if (body.trim() === '') {
    issues.push({
      file,
      field: 'body',
      message: 'the document has no text after its front matter',
      severity: 'skipped',
    });
    return null;
  }
  const fm = parsed.data;
  return {
    id: fm.id ?? stem,
    file,
    title: fm.title ?? stem,
    publisher: fm.publisher || null,
    author: fm.author || null,
    url: fm.url ?? null,
    published: fm.published ?? null,
    updated: fm.updated ?? null,
    kind: fm.kind ?? 'other',
    hints: {
      ...(fm.subject ? { subject: fm.subject } : {}),
      ...(fm.interviewer ? { interviewer: fm.interviewer } : {}),
      ...(fm.comments_start ? { commentsStart: fm.comments_start } : {}),
      ...(fm.furniture ? { furniture: fm.furniture } : {}),
    },
    body,
  };
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got something else`;
  return issue.message;
}
