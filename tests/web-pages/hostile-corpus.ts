/**
 * A corpus written to attack the pages: markup and an event handler in a dated sentence, in the
 * title and the publisher, an http URL that tries to break out of its attribute, and `javascript:`
 * URLs in the text and in the front matter of a second document (which the loader skips).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';

export const HOSTILE_SENTENCE =
  'On 6 November 2019 the council wrote <script>alert(1)</script> and "><img src=x onerror=alert(1)> in its letter.';
export const HOSTILE_TITLE = '<script>alert(2)</script> "><img src=x onerror=alert(2)>';

export async function hostileCorpus(): Promise<{ dir: string; corpus: Corpus }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-hostile-'));
  await writeFile(
    path.join(dir, 'corpus.yaml'),
    'subject: Jane Doe\nspeakers:\n  Jane Doe: [Doe]\n',
  );
  await writeFile(
    path.join(dir, 'hostile.md'),
    [
      '---',
      'id: hostile',
      `title: '${HOSTILE_TITLE}'`,
      // a right-to-left override would show the rest of the line backwards
      `publisher: '<b onmouseover=alert(3)>Evil\u202E Press</b>'`,
      'author: Jane Doe',
      `url: 'https://example.org/"><script>alert(4)</script>'`,
      'published: 2019-11-08',
      'kind: article',
      '---',
      HOSTILE_SENTENCE,
      '',
      'Jane Doe said the links [click](javascript:alert(5)) and javascript:alert(6) were never hers.',
      '',
    ].join('\n'),
  );
  // the loader skips a document whose url is not http(s): the sources page lists it as not loaded
  await writeFile(
    path.join(dir, 'javascript-url.md'),
    '---\ntitle: Scripted\nurl: javascript:alert(8)\n---\nJane Doe wrote this in 2018.\n',
  );
  return { dir, corpus: await loadCorpus(dir, { logger: silentLogger() }) };
}
