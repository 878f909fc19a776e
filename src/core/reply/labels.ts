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

/**
 * What the speaker line says of the words: "own words", "reader comment"; for a quotation inside
 * someone else's words, who quoted them: "quoted by Chris Williamson", "own words, quoted by Asa
 * Winstanley".
 */
export function speakerNote(role: Role, quotedBy?: string | null): string {
  if (!quotedBy) return roleLabel(role);
  return role === 'quoted' ? `quoted by ${quotedBy}` : `${roleLabel(role)}, quoted by ${quotedBy}`;
}

/** "Chris Williamson (own words)", "a reader (reader comment)", "Nye Bevan (quoted by Chris Williamson)". */
export function speakerLine(speaker: string, role: Role, quotedBy?: string | null): string {
  return `${speaker} (${speakerNote(role, quotedBy)})`;
}

/** "Chris Williamson runs for Parliament as independent — The Electronic Intifada, 6 Nov 2019". */
export function citationLine(source: SourceRef): string {
  const where = [source.publisher, source.publishedLabel].filter(Boolean).join(', ');
  return where ? `${source.title} — ${where}` : source.title;
}
