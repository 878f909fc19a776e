/** Reads `corpus.yaml`: the subject and each speaker's aliases. A bad file is a warning, never fatal. */
import path from 'node:path';
import YAML from 'yaml';
import type { CorpusIssue, CorpusProfile } from '../types.js';
import { corpusProfileSchema } from './front-matter.js';
import { describeFsError, type CorpusFs } from './corpus-fs.js';
import { firstLine, unreadableIssue } from './corpus-issues.js';

export const NO_PROFILE: CorpusProfile = { subject: null, speakers: {} };

export async function readProfile(
  dir: string,
  name: string,
  fs: CorpusFs,
  issues: CorpusIssue[],
): Promise<CorpusProfile> {
  let raw: string;
  try {
    raw = (await fs.readFile(path.join(dir, name))).toString('utf8');
  } catch (err) {
    issues.push(unreadableIssue({ file: name, reason: describeFsError(err), kind: 'profile' }));
    return { ...NO_PROFILE };
  }
  let data: unknown;
  try {
    data = YAML.parse(raw) ?? {};
  } catch (err) {
    issues.push({
      file: name,
      field: null,
      message: `not valid YAML (${firstLine(err)}); speakers' aliases are not used`,
      severity: 'warning',
    });
    return { ...NO_PROFILE };
  }
  const parsed = corpusProfileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    issues.push({
      file: name,
      field: issue.path.join('.') || null,
      message: `${issue.message}; the corpus file is ignored`,
      severity: 'warning',
    });
    return { ...NO_PROFILE };
  }
  return { subject: parsed.data.subject ?? null, speakers: parsed.data.speakers ?? {} };
}
