/**
 * Words for roles, speakers and citations, shared by every renderer so all platforms say the same.
 */
import type { Role } from '../types.js';
import type { SourceRef } from './reply.js';

const ROLE_LABELS: Record<Role, string> = {
  subject: 'own words',
  interviewer: 'interviewer',
  author: 'author (narration)',
  quoted: 'quoted in the source',
  commenter: 'reader comment',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** "Chris Williamson (own words)", "a reader (reader comment)". */
export function speakerLine(speaker: string, role: Role): string {
  return `${speaker} (${roleLabel(role)})`;
}

/** "Chris Williamson runs for Parliament as independent — The Electronic Intifada, 6 Nov 2019". */
export function citationLine(source: SourceRef): string {
  const where = [source.publisher, source.publishedLabel].filter(Boolean).join(', ');
  return where ? `${source.title} — ${where}` : source.title;
}
