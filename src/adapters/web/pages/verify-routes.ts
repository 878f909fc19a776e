/**
 * GET /verify (the form) and POST /verify (form-encoded `text`, optional `speaker`): the core's
 * /verify with the verdict, the word diff, the flags and the matching sources. Empty, missing or
 * over-long text gives the core's message with status 400; an oversized body is refused before
 * it is read.
 */
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { bodyLimit } from 'hono/body-limit';
import { findCommand, type Reply } from '../../../core/index.js';
import type { RenderPage } from '../render-page.js';
import type { SiteDeps } from '../site-deps.js';
import { errorSection, errorStatus, runCommand } from './page-helpers.js';
import { verdictSection, verifyForm } from './verify-fragments.js';

/** Far above any quote the core accepts (it says how long one may be); stops uploads early. */
const MAX_BODY_BYTES = 64 * 1024;

const TITLE = 'Verify a quote';
const INTRO =
  'Paste a quote to see whether these exact words are in the corpus, who said them, and what changed if they differ.';

export function verifyRoutes(deps: SiteDeps, render: RenderPage): Hono {
  const maxText =
    findCommand(deps.commands, 'verify')?.options.find((o) => o.name === 'text')?.maxLength ?? 0;
  const page = (c: Context, values: { text: string; speaker: string }, result?: Reply) => {
    const status = result?.type === 'error' ? errorStatus(result) : 200;
    return render(c, {
      title: TITLE,
      description: INTRO,
      status,
      body: html`<h1>${TITLE}</h1>
        <p>${INTRO}</p>
        ${result?.type === 'error' ? errorSection('The quote could not be checked', result) : ''}
        ${verifyForm(values, maxText)}
        ${result && result.type !== 'error' ? verdictSection(result) : ''}`,
    });
  };

  const app = new Hono();
  app.get('/verify', (c) => page(c, { text: '', speaker: '' }));
  app.post(
    '/verify',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        render(c, {
          title: TITLE,
          status: 413,
          body: html`<h1>${TITLE}</h1>
            <p role="alert">
              That is far too much text to check: paste one quote of up to ${maxText} characters.
            </p>
            ${verifyForm({ text: '', speaker: '' }, maxText)}`,
        }),
    }),
    async (c) => {
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const text = typeof form.text === 'string' ? form.text : '';
      const speaker = typeof form.speaker === 'string' ? form.speaker : '';
      const reply = await runCommand(deps, 'verify', { text, speaker });
      return page(c, { text, speaker }, reply);
    },
  );
  return app;
}
